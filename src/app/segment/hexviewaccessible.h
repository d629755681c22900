#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace app {

class HexView;

// What a screen reader gets from the hex view: a list whose items are the rows on screen, each read as
// text ("0x0010: 42 6f 62 00 ... |Bob.|"). Painted bytes alone would be silent.
class HexViewAccessible : public QAccessibleWidget
{
public:
    explicit HexViewAccessible(HexView *view);
    ~HexViewAccessible() override;

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;

    // For QAccessible::installFactory(): the interface of every HexView.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

private:
    [[nodiscard]] HexView *view() const;

    // Row interfaces are made on demand and kept, one per line of the screen, so that a screen reader
    // holding one sees it stay the same object.
    mutable QHash<int, QAccessible::Id> m_rows;
};

} // namespace app
