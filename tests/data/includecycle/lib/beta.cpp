// A fixture of the include-graph check: beta's source includes alpha, which includes beta — a cycle of components.
#include "beta.h"

#include "alpha.h"
