// The banner choice of the print dialogs.
#include "bannerchoice.h"
#include "service/settingsservice.h"

BannerChoice::BannerChoice(const SettingsService &settings, const std::optional<QString> &banner, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    addItem(tr("Highest label among the rows (automatic)"));
    for (int level = 3; level >= 1; --level)
        addItem(settings.handlingLabel(level));
    addItem(QString());
    if (banner)
        setCurrentText(*banner);
    else
        setCurrentIndex(0);
    setToolTip(tr("Printed at the top right of every page, like a stamp. Automatic: the handling label of the most "
                  "confidential asset the document contains. Leave empty for none."));
}

bool BannerChoice::isAutomatic() const
{
    return currentText() == itemText(0);
}

std::optional<QString> BannerChoice::banner() const
{
    if (isAutomatic())
        return std::nullopt;
    return currentText().trimmed();
}
