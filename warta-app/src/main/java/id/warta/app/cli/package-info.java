/** The command line: one small picocli class per command; exit codes are declared in {@link id.warta.app.cli.ExitCodes}. */
package id.warta.app.cli;
