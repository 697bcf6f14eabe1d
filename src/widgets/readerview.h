// ReaderView: the text browser the reader pane typesets into, with a centred column of set width.
#pragma once

#include <QTextBrowser>

namespace broadsheet {

class ReaderView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    // The text column's width at most, in pixels; the rest of the view is an even margin.
    void setMeasure(int pixels);
    int measure() const { return m_measure; }

signals:
    // ↓ at the end of an article asks for the next one, ↑ at its start for the previous one.
    void stepRequested(int direction);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateMargins();

    int m_measure = 0;
};

} // namespace broadsheet
