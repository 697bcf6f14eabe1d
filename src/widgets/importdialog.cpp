#include "widgets/importdialog.h"

#include "ui_importdialog.h"

#include "widgets/importcontroller.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace broadsheet {

ImportDialog::ImportDialog(ImportController &controller, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_controller(controller)
{
    m_ui->setupUi(this);
    setModal(false);
    m_ui->failuresList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->failuresList->header()->setStretchLastSection(true);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Cancel), &QPushButton::clicked, &m_controller,
            &ImportController::cancel);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::close);
    connect(&m_controller, &ImportController::started, this, &ImportDialog::onStarted);
    connect(&m_controller, &ImportController::progress, this, &ImportDialog::onProgress);
    connect(&m_controller, &ImportController::notice, m_ui->currentLabel, &QLabel::setText);
    connect(&m_controller, &ImportController::finished, this, &ImportDialog::onFinished);
    connect(&m_controller, &ImportController::failed, this, &ImportDialog::onFailed);
    onStarted();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::onStarted()
{
    m_finished = false;
    m_ui->headingLabel->setText(tr("Importing pages into the library…"));
    m_ui->progressBar->setRange(0, 0); // busy until the first report says how much there is
    m_ui->progressBar->show();
    m_ui->detailLabel->setText(tr("Looking for pages…"));
    m_ui->currentLabel->clear();
    m_ui->summaryLabel->hide();
    m_ui->failuresList->clear();
    m_ui->failuresList->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->show();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->hide();
}

void ImportDialog::onProgress(const ImportProgress &p)
{
    if (m_finished)
        return;
    if (p.bytesTotal > 0) {
        // Bytes track the work better than files, whose sizes vary a lot.
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
    }
    const QLocale locale;
    QString detail = tr("%1 of %2 files · %3 of %4 · %n article(s)", nullptr, int(p.articles))
                         .arg(p.filesDone)
                         .arg(p.filesTotal)
                         .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal));
    if (p.bytesPerSecond > 0)
        detail += tr(" · %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.etaSeconds >= 0)
        detail += tr(" · about %n second(s) left", nullptr, int(p.etaSeconds + 0.5));
    m_ui->detailLabel->setText(detail);
    if (!p.currentPath.isEmpty())
        m_ui->currentLabel->setText(QDir::toNativeSeparators(p.currentPath));
}

void ImportDialog::onFinished(const ImportSummary &summary, const QStringList &problems)
{
    m_finished = true;
    m_ui->headingLabel->setText(summary.cancelled ? tr("Import cancelled. The pages imported so far are kept; "
                                                       "importing the same files again completes it.")
                                                  : tr("Import finished."));
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    m_ui->detailLabel->setText(tr("%n article(s) in %1 s", nullptr, int(summary.articles))
                                   .arg(QLocale().toString(summary.seconds, 'f', 1)));
    m_ui->currentLabel->clear();
    QString text = tr("Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4")
                       .arg(summary.imported)
                       .arg(summary.unchanged)
                       .arg(summary.replaced)
                       .arg(summary.failed + int(problems.size()));
    if (summary.unknownPaper > 0)
        text += QLatin1Char('\n') + tr("%n page(s) filed under the unknown paper.", nullptr, summary.unknownPaper);
    if (summary.undated > 0)
        text += QLatin1Char('\n') + tr("%n page(s) filed as undated.", nullptr, summary.undated);
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->show();
    for (const ImportFileResult &f : summary.failures())
        addFailure(f.path, f.message);
    for (const QString &problem : problems)
        addFailure(QString(), problem);
    m_ui->failuresList->setVisible(m_ui->failuresList->topLevelItemCount() > 0);
    if (m_ui->failuresList->isVisible())
        resize(std::max(width(), 640), std::max(height(), 420));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->show();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
}

void ImportDialog::onFailed(const QString &message)
{
    m_finished = true;
    m_ui->headingLabel->setText(tr("The import stopped."));
    m_ui->progressBar->hide();
    m_ui->detailLabel->clear();
    m_ui->summaryLabel->setText(message);
    m_ui->summaryLabel->show();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->show();
}

void ImportDialog::addFailure(const QString &path, const QString &reason)
{
    auto *item = new QTreeWidgetItem(m_ui->failuresList, {QDir::toNativeSeparators(path), reason});
    item->setToolTip(1, reason);
}

QString ImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace broadsheet
