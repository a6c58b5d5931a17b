/**
 * Paper trading: a strategy run on a market feed, executed on the simulated venue and recorded in the
 * live tracker and the parity tracker ({@link dev.parallax.cli.paper.PaperSession}); in real time on a
 * live trade stream ({@code parallax paper}) or on the historical clock (the live half of
 * {@code parallax demo}).
 */
package dev.parallax.cli.paper;
