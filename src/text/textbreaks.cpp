#include "text/textbreaks.h"

namespace broadsheet {

bool junctionInsideWord(QStringView, QStringView) { return false; }

} // namespace broadsheet
