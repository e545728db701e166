"""Template filters for kronor: {% load money %}{{ amount|kr }}, |tkr, |tkr_number, |diff_tkr."""

from django import template

from budget import money

register = template.Library()


def _filter(helper):
    def apply(value):
        # An empty value renders as nothing, as Django's own filters do; a float still fails.
        if value is None or value == "":
            return ""
        return helper(value)

    apply.__doc__ = helper.__doc__
    return apply


register.filter("kr", _filter(money.format_kr))
register.filter("tkr", _filter(money.format_tkr))
register.filter("tkr_number", _filter(money.tkr_number))
register.filter("diff_tkr", _filter(money.format_diff_tkr))
register.filter("percent", money.format_percent)
