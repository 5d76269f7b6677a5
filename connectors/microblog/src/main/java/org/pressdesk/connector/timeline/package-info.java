/**
 * Settling a publication whose outcome is unknown by reading the account's own recent posts back
 * (X, Weibo, Mastodon): the connectors fetch their timeline, this package compares it with what was
 * sent, part by part along a thread's reply chain, and says what it found.
 */
package org.pressdesk.connector.timeline;
