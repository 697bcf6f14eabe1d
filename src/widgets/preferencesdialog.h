// PreferencesDialog: edits the reader's Preferences (type, line width, theme, language).
#pragma once

#include "widgets/preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace broadsheet {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

signals:
    // Emitted by Apply and OK so the window can show the choice at once.
    void applied(const broadsheet::Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void showPreferences(const Preferences &p);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Preferences m_base;
};

} // namespace broadsheet
