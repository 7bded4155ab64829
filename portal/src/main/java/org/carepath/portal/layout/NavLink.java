package org.carepath.portal.layout;

/**
 * One destination in the signed-in navigation.
 *
 * @param role the realm role that brings this link
 * @param label the link text
 * @param path where it goes
 * @param description one sentence on what the page is for (staff home cards,
 * placeholders)
 */
public record NavLink(String role, String label, String path, String description) {
}
