// Storage is private to core (DESIGN.md §1: all SQL lives in core/storage, and only the services call it). Every
// storage header includes this one, so a window or a command that includes a store does not build.
#pragma once

#ifndef ASSET_REGISTRY_CORE_INTERNAL
#error "core/storage is private to core: use the services of core/service (Registry and the services it owns)."
#endif
