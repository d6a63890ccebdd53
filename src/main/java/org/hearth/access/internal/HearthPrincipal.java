package org.hearth.access.internal;

import org.hearth.access.CurrentUser;

/** A signed-in Hearth user, however they signed in (local password, OIDC, or a bearer token). */
public interface HearthPrincipal {

    CurrentUser currentUser();
}
