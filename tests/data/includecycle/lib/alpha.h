// A fixture of the include-graph check: alpha and beta include each other through their sources.
#pragma once

#include "beta.h"
