#include "app/segment/hexviewaccessible.h"

#include "app/segment/hexview.h"

namespace app {

namespace {

// One line of the hex view on screen.
class HexRowAccessible : public QAccessibleInterface
{
public:
    HexRowAccessible(HexView *view, int line) : m_view(view), m_line(line) {}

    [[nodiscard]] bool isValid() const override { return m_view; }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    [[nodiscard]] QAccessibleInterface *focusChild() const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (!m_view || (t != QAccessible::Name && t != QAccessible::Value))
            return {};
        return m_view->rowText(m_view->firstVisibleRow() + quint64(m_line));
    }
    void setText(QAccessible::Text, const QString &) override {}
    [[nodiscard]] QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect row = m_view->rowRect(m_view->firstVisibleRow() + quint64(m_line));
        return {m_view->viewport()->mapToGlobal(row.topLeft()), row.size()};
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !m_view || text(QAccessible::Name).isEmpty();
        return state;
    }

private:
    QPointer<HexView> m_view;
    int m_line;
};

} // namespace

HexViewAccessible::HexViewAccessible(HexView *view) : QAccessibleWidget(view, QAccessible::List) {}

HexViewAccessible::~HexViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_rows))
        QAccessible::deleteAccessibleInterface(id);
}

HexView *HexViewAccessible::view() const
{
    return static_cast<HexView *>(widget());
}

int HexViewAccessible::childCount() const
{
    const quint64 left = view()->rowCount() - std::min(view()->rowCount(), view()->firstVisibleRow());
    return int(std::min<quint64>(left, quint64(view()->visibleRowCount())));
}

QAccessibleInterface *HexViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    auto it = m_rows.constFind(index);
    if (it == m_rows.constEnd())
        it = m_rows.insert(index, QAccessible::registerAccessibleInterface(new HexRowAccessible(view(), index)));
    return QAccessible::accessibleInterface(*it);
}

int HexViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    const int index = m_rows.key(id, -1);
    return index < childCount() ? index : -1;
}

QString HexViewAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return HexView::tr("Cursor at offset 0x%1").arg(view()->cursorOffset(), 0, 16);
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *HexViewAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("app::HexView") && object && object->isWidgetType())
        return new HexViewAccessible(static_cast<HexView *>(object));
    return nullptr;
}

} // namespace app
