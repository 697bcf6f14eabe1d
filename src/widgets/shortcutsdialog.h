// ShortcutsDialog: the keyboard overview (F1 or ?), listing every action's keys and the view keys.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace broadsheet {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // Lists the given actions' shortcuts (as they are set, so the overview never goes stale) and
    // the keys that views handle themselves.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &keys, const QString &what);

    QTableWidget *m_table;
};

} // namespace broadsheet
