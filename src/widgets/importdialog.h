// ImportDialog: a modeless window with an import's progress and cancel button, then its summary.
#pragma once

#include "storage/importer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace broadsheet {

class ImportController;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // Follows the controller's current (or next) run; never blocks the window that owns it.
    explicit ImportDialog(ImportController &controller, QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool isFinished() const { return m_finished; }
    // The summary's text as shown (for tests and the status bar).
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onProgress(const ImportProgress &progress);
    void onFinished(const ImportSummary &summary, const QStringList &problems);
    void onFailed(const QString &message);
    void addFailure(const QString &path, const QString &reason);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportController &m_controller;
    bool m_finished = false;
};

} // namespace broadsheet
