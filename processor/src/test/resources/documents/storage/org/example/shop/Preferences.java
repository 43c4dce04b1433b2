package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Storage;
import io.github.cookieledger.StorageKind;

/** Functional: the theme (a cookie the script reads, and its local copy) and form drafts. */
@Cookie(name = "theme", provider = "Shop", purpose = "To remember the chosen theme",
    category = Category.FUNCTIONAL, duration = "P30D", httpOnly = false, path = "/shop")
@Storage(name = "theme", kind = StorageKind.LOCAL_STORAGE, provider = "Shop",
    function = "Display", purpose = "To remember the chosen theme",
    category = Category.FUNCTIONAL, constant = "THEME")
@Storage(name = "draft_*", kind = StorageKind.SESSION_STORAGE, provider = "Shop",
    function = "Forms", purpose = "To keep a form's draft while the tab is open",
    category = Category.FUNCTIONAL, constant = "DRAFT")
public class Preferences {}
