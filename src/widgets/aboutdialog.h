// AboutDialog: the program's name, version, purpose and the open library's size.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace broadsheet {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // libraryText: a sentence about the open library (its path and counts), shown as given.
    explicit AboutDialog(const QString &libraryText, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace broadsheet
