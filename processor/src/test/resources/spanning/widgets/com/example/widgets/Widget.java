package com.example.widgets;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;

/** A widget that remembers its state and loads a third-party tracker. */
@Cookie(
    name = "widget_state",
    provider = "Widgets Inc.",
    function = "Widget layout",
    purpose = "To keep the widgets where the visitor put them",
    category = Category.FUNCTIONAL,
    duration = "P30D")
@Cookie(
    name = "_wdg_*",
    constant = "WIDGET_TRACKER",
    provider = "Widgets Ads",
    purpose = "To show the visitor ads about widgets",
    category = Category.MARKETING,
    party = Party.THIRD_PARTY,
    domain = "ads.widgets.example.com",
    duration = "P90D",
    sameSite = SameSite.NONE)
public class Widget {}
