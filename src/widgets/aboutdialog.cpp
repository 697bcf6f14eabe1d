#include "widgets/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace broadsheet {

AboutDialog::AboutDialog(const QString &libraryText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(QStringLiteral("<h2>Broadsheet</h2><p>%1</p>")
                                  .arg(tr("Version %1").arg(QCoreApplication::applicationVersion())));
    m_ui->libraryLabel->setText(libraryText);
    m_ui->buildLabel->setText(tr("Built with Qt %1, running on Qt %2 (%3).")
                                  .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()),
                                       QSysInfo::prettyProductName()));
}

AboutDialog::~AboutDialog() = default;

} // namespace broadsheet
