/**
 * Article page views and self-checks started from an article, counted by the portal where
 * it serves the page and added here per article and day (docs/dashboard.md#education);
 * the dashboard's education figures. Counts only: nothing about who read what.
 */
package org.carepath.content.stats;
