// A fixture of the include-graph check: beta is included by alpha.
#pragma once
