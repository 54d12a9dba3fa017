package dev.newstidy.input;

/** Small inputs of the project's own writing, in the shapes of public collections, for tests. */
public final class Fixtures {
  /** A story and a brief in the Reuters-21578 shape, with invented news. */
  public static final String WIRE =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
          + "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" OLDID=\"9001\" NEWID=\"7\">\n"
          + "<DATE> 2-MAR-1987 09:15:00.12</DATE>\n"
          + "<TOPICS><D>steel</D></TOPICS>\n"
          + "<PLACES><D>china</D><D>japan</D></PLACES>\n"
          + "<PEOPLE></PEOPLE>\n"
          + "<UNKNOWN> \n&#5;&#5;&#5;C T\nf0704&#31;reute</UNKNOWN>\n"
          + "<TEXT>&#2;\n"
          + "<TITLE>HARBIN MILL CUTS OUTPUT &lt;HMC></TITLE>\n"
          + "<DATELINE>    HARBIN, March 2 - </DATELINE><BODY>The Harbin steel mill said it would cut\n"
          + "output by a tenth this year, citing weak demand from\n"
          + "builders.\n"
          + "    The mill, which employs 3,000 people, said the cut would\n"
          + "start in April, a spokesman told Reuters.\n"
          + " Reuter\n"
          + "&#3;</BODY></TEXT>\n"
          + "</REUTERS>\n"
          + "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n"
          + "<DATE> 2-MAR-1987 09:20:00.00</DATE>\n"
          + "<TEXT TYPE=\"BRIEF\">&#2;\n"
          + "******<TITLE>QINGCHUAN BANK RAISES PRIME RATE\n"
          + "</TITLE>\n"
          + "&#3;\n\n"
          + "</TEXT>\n"
          + "</REUTERS>\n";

  /** A warcinfo record and two conversion records, CRLF in the headers as Common Crawl writes them. */
  public static final String WET =
      "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 21\r\n\r\nisPartOf: TEST-2024\r\n\r\n\r\n"
          + "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.test/liuhe\r\n"
          + "WARC-Date: 2024-03-02T08:00:00Z\r\nContent-Type: text/plain\r\nContent-Length: 150\r\n\r\n"
          + "柳河新桥通车\n柳河镇新桥今日通车，村民出行更方便。\n\n镇长李平说，新桥由县里出资修建。\r\n\r\n"
          + "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.test/qc\r\n"
          + "WARC-Date: 2024-03-03T08:00:00Z\r\n\r\n"
          + "Qingchuan opens a new industrial park\nThe county said twenty firms would move in.\r\n\r\n";

  private Fixtures() {}
}
