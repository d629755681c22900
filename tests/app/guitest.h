#pragma once

// Shared by the GUI tests: answering the modal dialogs the real window opens, finding its actions, and
// whether a cell shows its text whole.

#include "app/mainwindow.h"
#include "app/structs/structpane.h"
#include "app/table/segmenttablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QTableView>
#include <QTest>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <optional>

namespace guitest {

inline const QString ModalPollName = QStringLiteral("modalPoll");

// Runs `handle` on the next modal dialog once it is up; the caller then opens it with exec() (or
// triggers the action that does). A poll left over by a failed test is removed by removeModalPolls(),
// from the test's cleanup(), before its captures go out of scope.
inline void whenModalShows(std::function<void(QWidget *)> handle)
{
    auto *poll = new QTimer(qApp);
    poll->setObjectName(ModalPollName);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle = std::move(handle)] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            poll->deleteLater();
            poll->stop();
            handle(modal);
        }
    });
    poll->start();
}

inline void removeModalPolls()
{
    qDeleteAll(qApp->findChildren<QTimer *>(ModalPollName, Qt::FindDirectChildrenOnly));
}

// Clicks the button of a question box that goes ahead with the destructive choice ("Remove").
inline void clickDestructive(QWidget *dialog)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    if (!box)
        return;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
}

// Clicks a dialog's OK (Create, Set); a dialog that stays open (it refused) is cancelled, so that the test goes
// on, and its error line (the label named errorLabel) is given back; empty when the dialog closed.
inline QString acceptOrCancel(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    if (!dialog->isVisible())
        return {};
    const QString error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    return error;
}

// Fills the New Segment dialog as a user types: key ("" for IPC_PRIVATE), size in bytes, octal mode.
inline void fillDialog(QWidget *dialog, const QString &key, const QString &size, const QString &mode)
{
    if (key.isEmpty()) {
        dialog->findChild<QRadioButton *>(QStringLiteral("privateRadio"))->setChecked(true);
    } else {
        dialog->findChild<QRadioButton *>(QStringLiteral("keyRadio"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(size);
    dialog->findChild<QComboBox *>(QStringLiteral("unitCombo"))->setCurrentIndex(0);
    auto *modeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("modeEdit"));
    modeEdit->clear();
    QTest::keyClicks(modeEdit, mode);
}

// Drags the right edge of a column's header section with the mouse, as a user widens or narrows it.
inline void dragColumnWidth(QHeaderView *header, int column, int width)
{
    QWidget *surface = header->viewport();
    const int edge = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
    const int delta = width - header->sectionSize(column);
    const int y = header->height() / 2;
    QTest::mousePress(surface, Qt::LeftButton, {}, QPoint(edge, y));
    QTest::mouseMove(surface, QPoint(edge + delta / 2, y));
    QTest::mouseMove(surface, QPoint(edge + delta, y));
    QTest::mouseRelease(surface, Qt::LeftButton, {}, QPoint(edge + delta, y));
}

// Lays `cText` out in the pane as the window does, in the background, and waits for the answer: true when
// the layout is applied; false with the reason in `error` when it is refused, or when no answer came within
// twice the worker's own deadline.
inline bool layOut(app::StructPane *pane, const QString &name, const QString &cText, QString *error = nullptr)
{
    std::optional<core::Result<core::Done>> answer;
    const quint64 request =
        pane->layOut(name, cText, QString(), [&answer](const core::Result<core::Done> &outcome) { answer = outcome; });
    const bool answered = QTest::qWaitFor([&] { return answer.has_value(); },
                                          int(2 * core::LayoutWorker::Deadline.count()));
    pane->cancelLayout(request); // a late answer must not reach `answer`, gone by then
    if (error)
        *error = !answered ? QStringLiteral("no answer from the layout worker")
                 : answer->ok() ? QString()
                                : answer->error().message;
    return answered && answer->ok();
}

inline QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Narrows the table with the filter box, as a user would, and selects the row whose shmid is exactly
// `shmid`: other segments on the machine may match the filter's text too (another id or key containing the
// same digits), and they must not be selected.
inline bool selectSegment(app::MainWindow &window, int shmid)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QString::number(shmid));
    const auto rowOf = [table, shmid] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(app::SegmentTableModel::ShmidRole).toInt() == shmid)
                return row;
        }
        return -1;
    };
    if (!QTest::qWaitFor([&] { return rowOf() >= 0; }, 5000))
        return false;
    table->selectRow(rowOf());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    return selected.size() == 1 && selected.first().data(app::SegmentTableModel::ShmidRole).toInt() == shmid;
}

// The offscreen platform's screen of that name (tests/data/screens.json: "projector", 1280x720, and "netbook",
// 1024x600, when the test gives it that file); null when there is none.
inline QScreen *screenNamed(const QString &name)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

// Whether a cell shows its text whole: empty when it does, else what is wrong. The text's width at the
// view's font, with the margins a style draws either side, must fit the cell's rect, and the rect must lie
// within the view's viewport.
inline QString cellProblem(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data().toString();
    const QRect rect = view->visualRect(index);
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int needed = QFontMetrics(view->font()).horizontalAdvance(text) + 2 * margin;
    if (needed > rect.width())
        return QStringLiteral("\"%1\" needs %2 px, its cell has %3").arg(text).arg(needed).arg(rect.width());
    if (!view->viewport()->rect().contains(rect))
        return QStringLiteral("\"%1\": cell %2,%3 %4x%5 is not inside the viewport %6x%7")
            .arg(text)
            .arg(rect.x())
            .arg(rect.y())
            .arg(rect.width())
            .arg(rect.height())
            .arg(view->viewport()->width())
            .arg(view->viewport()->height());
    return {};
}

} // namespace guitest
