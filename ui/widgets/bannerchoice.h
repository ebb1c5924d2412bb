// The choice of a document's handling banner in the print dialogs: automatic (the highest handling label among the
// rows the document contains, DocumentLabel — the default), one of the registry's labels, none, or a text of the
// user's own.
#pragma once

#include <QComboBox>
#include <QString>

#include <optional>

class SettingsService;

class BannerChoice final : public QComboBox
{
    Q_OBJECT

public:
    // banner: the choice to show; unset for automatic.
    BannerChoice(const SettingsService &settings, const std::optional<QString> &banner, QWidget *parent = nullptr);

    // Unset for automatic, an empty string for none, else the text to print.
    std::optional<QString> banner() const;
    bool isAutomatic() const;
};
