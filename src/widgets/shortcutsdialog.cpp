#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace broadsheet {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Shortcut list"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        // Menu texts carry mnemonics: "&Print…" in English, "打印(&P)…" in Chinese.
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…"));
        addRow(keys.join(QStringLiteral("  ·  ")), action->text().remove(mnemonic).trimmed());
    }
    addRow(QStringLiteral("↓  ·  ↑"), tr("Next / previous article (in the article list, or past the end or start of the article)"));
    addRow(QStringLiteral("Space  ·  Shift+Space"), tr("Scroll the article by a screenful"));
    addRow(QStringLiteral("Enter"), tr("Open the chosen search result, page or issue"));
    addRow(QStringLiteral("Esc"), tr("Leave the search and return to the page"));
    addRow(QStringLiteral("Tab  ·  Shift+Tab"), tr("Move between the panes and their controls"));

    auto *hint = new QLabel(tr("Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 560);
}

void ShortcutsDialog::addRow(const QString &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

} // namespace broadsheet
