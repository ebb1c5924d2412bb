// Must not compile: a window or command that reaches for storage instead of the services (DESIGN.md §1).
#include "storage/assetstore.h"

int main()
{
    return 0;
}
