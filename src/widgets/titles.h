// Titles: how papers, dates and pages are named in window titles, pane headers and source lines.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace broadsheet {

class Titles {
    Q_DECLARE_TR_FUNCTIONS(Titles)
public:
    static QString paperName(const QString &paper);
    static QString dateText(const QDate &date);
    static QString pageText(const std::optional<int> &number);
    // "云澜日报 2025-03-18 第1版"
    static QString pageTitle(const QString &paper, const QDate &date, const std::optional<int> &number);
    // "云澜日报 2025-03-18 第1版 — Broadsheet", or "Broadsheet" when nothing is open.
    static QString windowTitle(const QString &pageTitle);
};

} // namespace broadsheet
