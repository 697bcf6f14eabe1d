#include "widgets/readerview.h"

#include <QKeyEvent>
#include <QScrollBar>

namespace broadsheet {

ReaderView::ReaderView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Keyboard selection too, so text can be copied without a mouse.
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
}

void ReaderView::setMeasure(int pixels)
{
    m_measure = pixels;
    updateMargins();
}

void ReaderView::updateMargins()
{
    const int available = width() - verticalScrollBar()->sizeHint().width();
    const int side = m_measure > 0 ? std::max(24, (available - m_measure) / 2) : 24;
    setViewportMargins(side, 0, side, 0);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // Arrows scroll as usual; only at the end of the text do they move on to the neighbouring article.
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        const QScrollBar *bar = verticalScrollBar();
        const bool down = event->key() == Qt::Key_Down;
        if ((down && bar->value() >= bar->maximum()) || (!down && bar->value() <= bar->minimum())) {
            emit stepRequested(down ? 1 : -1);
            event->accept();
            return;
        }
        QScrollBar *scroll = verticalScrollBar();
        scroll->setValue(scroll->value() + (down ? 1 : -1) * scroll->singleStep() * 3);
        event->accept();
        return;
    }
    // Space pages through the article as in a browser; the page keys belong to the newspaper's pages.
    if (event->key() == Qt::Key_Space && (event->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
        verticalScrollBar()->triggerAction(event->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub
                                                                                   : QAbstractSlider::SliderPageStepAdd);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

} // namespace broadsheet
