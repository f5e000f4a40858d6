/**
 * The {@code coophub} command line: one picocli command per verb ({@code up}, {@code down},
 * {@code status}, {@code logs}, {@code reset}, {@code party}, {@code directory}). Commands only parse options and hand over to {@link
 * org.coophub.cli.hub.Hub}; bad situations end as one line on stderr and a non-zero exit.
 */
package org.coophub.cli;
