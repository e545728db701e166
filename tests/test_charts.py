"""Charts are a pure function of what they show."""

from ros_portal.charts import figure_to_svg, new_figure


def _chart(values):
    figure = new_figure()
    axes = figure.add_subplot()
    axes.bar(range(len(values)), values)
    axes.plot(range(len(values)), values, marker="o")
    return figure_to_svg(figure, "Underskrivare per år")


def test_the_same_figures_draw_the_same_svg_every_time():
    first = _chart([3, 5, 8])
    assert 'id="' in first  # the chart has clip paths and markers with ids …
    assert _chart([3, 5, 8]) == first  # … drawn the same way again


def test_other_figures_draw_another_svg():
    assert _chart([3, 5, 8]) != _chart([3, 5, 9])
