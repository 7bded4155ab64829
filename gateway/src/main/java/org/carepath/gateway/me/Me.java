package org.carepath.gateway.me;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the portal's pages need it: nothing more than a name and the
 * roles.
 */
record Me(@Nullable String username, @Nullable String name, List<String> roles) {
}
