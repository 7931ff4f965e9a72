// PLACEHOLDER: the RocksDB implementation is being written.
#include "graph/graph_store.h"
