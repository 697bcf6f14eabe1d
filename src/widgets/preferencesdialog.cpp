#include "widgets/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "widgets/languagemanager.h"

#include <QPushButton>

namespace broadsheet {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_base(current)
{
    m_ui->setupUi(this);
    m_ui->fontSizeSpin->setRange(Preferences::kMinFontSize, Preferences::kMaxFontSize);
    m_ui->lineWidthSpin->setRange(Preferences::kMinLineWidth, Preferences::kMaxLineWidth);
    fillCombos();
    showPreferences(current);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        const auto role = m_ui->buttonBox->buttonRole(button);
        if (role == QDialogButtonBox::ApplyRole || role == QDialogButtonBox::AcceptRole)
            emit applied(preferences());
    });
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillCombos()
{
    const int theme = m_ui->themeCombo->currentIndex();
    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("Follow the system"), Preferences::themeKey(Preferences::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), Preferences::themeKey(Preferences::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), Preferences::themeKey(Preferences::Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(std::max(theme, 0));

    const int language = m_ui->languageCombo->currentIndex();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    // Each language is named in itself so that a reader who cannot read the current UI finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(std::max(language, 0));
}

void PreferencesDialog::showPreferences(const Preferences &p)
{
    m_ui->fontSizeSpin->setValue(p.fontSize);
    m_ui->serifRadio->setChecked(p.serif);
    m_ui->sansRadio->setChecked(!p.serif);
    m_ui->lineWidthSpin->setValue(p.lineWidth);
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(Preferences::themeKey(p.theme))));
    const int lang = LanguageManager::available().contains(p.language) ? m_ui->languageCombo->findData(p.language) : 0;
    m_ui->languageCombo->setCurrentIndex(std::max(0, lang));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_base;
    p.fontSize = m_ui->fontSizeSpin->value();
    p.serif = m_ui->serifRadio->isChecked();
    p.lineWidth = m_ui->lineWidthSpin->value();
    p.theme = Preferences::themeFromKey(m_ui->themeCombo->currentData().toString());
    p.language = m_ui->languageCombo->currentData().toString();
    return p;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
    }
    QDialog::changeEvent(event);
}

} // namespace broadsheet
