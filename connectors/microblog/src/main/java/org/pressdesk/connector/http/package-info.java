/**
 * HTTP plumbing shared by the connectors that talk to a remote API: one way to build a client with
 * the account's timeouts, one way to read an answer, and one rule for telling a request that never
 * left from one whose answer was lost.
 */
package org.pressdesk.connector.http;
