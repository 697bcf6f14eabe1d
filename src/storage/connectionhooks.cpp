#include "storage/connectionhooks.h"
#include "storage/ftstokenizer.h"

namespace broadsheet {

const QList<ConnectionHook> &connectionHooks()
{
    // Append a hook here (e.g. the FTS5 tokenizer's registration); each runs on every connection
    // right after it is opened and configured, before any query.
    static const QList<ConnectionHook> hooks = {
        FtsTokenizer::registerWith,
    };
    return hooks;
}

} // namespace broadsheet
