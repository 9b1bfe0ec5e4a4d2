package org.imagingnetwork.portal.web;

import java.util.Locale;

/**
 * The language a page is shown in (English or Welsh, from the language cookie), for controllers
 * that write dates and times into their models. A type of our own, so that its binder is the
 * only one Micronaut can pick.
 */
public record PageLanguage(Locale locale) {}
