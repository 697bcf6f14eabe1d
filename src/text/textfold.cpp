#include "text/textfold.h"

namespace broadsheet {

QString foldForSearch(QStringView input, QList<int> *sourceOffsets)
{
    QString out = input.toString().toCaseFolded();
    if (sourceOffsets) {
        sourceOffsets->clear();
        for (int i = 0; i <= out.size(); ++i)
            sourceOffsets->append(i);
    }
    return out;
}

QString toSimplified(QStringView input) { return input.toString(); }

} // namespace broadsheet
