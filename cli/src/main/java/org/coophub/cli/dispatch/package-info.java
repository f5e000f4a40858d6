/**
 * {@code ./coophub dispatch}: the Registry's dispatch service from the command line — a request, a
 * batch or a coordinated bundle read from a JSON file and posted to the running producer, with its
 * answer (or every validation error) printed for the officer.
 */
package org.coophub.cli.dispatch;
