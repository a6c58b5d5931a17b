/**
 * Paper trading: a strategy run in real time on a live trade stream, executed on the simulated
 * venue and recorded in the live tracker and the parity tracker ({@link dev.parallax.cli.paper.PaperSession}).
 */
package dev.parallax.cli.paper;
