package org.totalplace.person.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.sharing.entity.SharingBasis;

/**
 * A record as a single HTML file a person can read: plain headings, tables, no script, every value
 * escaped. Used for downloads (as the viewer may see the record) and for subject access exports
 * (everything held, with who has seen it).
 */
public final class RecordDocument {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private RecordDocument() {}

  public static String render(
      SharedRecord record,
      String title,
      Function<String, String> agencyName,
      List<AuditEvent> seenBy) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;")
        .append("line-height:1.5;color:#0b0c0c}table{border-collapse:collapse;width:100%}")
        .append(
            "th,td{border-bottom:1px solid #b1b4b6;text-align:left;padding:.3em;vertical-align:top}")
        .append("</style></head><body><h1>")
        .append(esc(title))
        .append("</h1><p>")
        .append(esc(record.getFullName()))
        .append(". Shown on this basis: ")
        .append(esc(record.getBasis()))
        .append(".</p><h2>About the person</h2><table>");
    row(html, "Name", record.getFullName());
    row(html, "Preferred name", record.getPreferredName());
    row(html, "Date of birth", String.valueOf(record.getDateOfBirth()));
    row(html, "Sex", record.getSex() == null ? null : record.getSex().getLabel());
    row(html, "Gender", record.getGender());
    row(html, "Phone", record.getPhone());
    row(html, "Email", record.getEmail());
    row(html, "Language", record.getLanguage());
    row(html, "Interpreter needed", record.isInterpreterNeeded() ? "Yes" : "No");
    row(html, "Accessibility needs", record.getAccessibilityNeeds());
    if (record.getCustodyStatus() != null) {
      row(html, "Custody status", record.getCustodyStatus().getLabel());
    }
    row(
        html,
        "Date of death",
        record.getDateOfDeath() == null ? null : record.getDateOfDeath().toString());
    html.append("</table>");
    section(
        html,
        "Previous names",
        record.getPreviousNames(),
        n -> cells(n.fullName(), String.valueOf(n.usedUntil())));
    section(
        html,
        "Addresses",
        record.getAddresses(),
        a ->
            cells(
                a.line(),
                a.postcode(),
                a.movedIn() + " to " + (a.movedOut() == null ? "now" : a.movedOut())));
    section(
        html,
        "Identifiers",
        record.getIdentifiers(),
        i -> cells(i.scheme().getLabel(), i.value(), agencyName.apply(i.agency())));
    section(
        html,
        "Relationships",
        record.getRelationships(),
        r -> cells(r.kind().getLabel(), r.relatedName()));
    section(
        html,
        "Agencies working with the person",
        record.getInvolvements(),
        i -> cells(i.agencyName(), i.leadWorker(), String.valueOf(i.startedOn())));
    section(
        html,
        "Consent and lawful basis",
        record.getBases(),
        b -> cells(agencyName.apply(b.agency()), describe(b), String.valueOf(b.givenOn())));
    section(
        html,
        "Chronology",
        record.getChronology(),
        (Rows.Entry e) ->
            cells(
                MOMENT.format(e.occurredAt()),
                agencyName.apply(e.agency()),
                e.kind().getLabel() + " (" + e.sensitivity().getLabel() + ")",
                e.summary() + (e.detail() == null ? "" : ": " + e.detail())));
    if (seenBy != null) {
      section(
          html,
          "Who has seen or changed this record",
          seenBy,
          a ->
              cells(
                  MOMENT.format(a.getAt()),
                  a.getUsername(),
                  agencyName.apply(a.getAgency()),
                  a.getAction()));
    }
    return html.append("</body></html>").toString();
  }

  private static String describe(SharingBasis basis) {
    return basis.describe()
        + (basis.withdrawnAt() == null
            ? ""
            : " (withdrawn " + MOMENT.format(basis.withdrawnAt()) + ")");
  }

  private static <T> void section(
      StringBuilder html, String heading, List<T> rows, Function<T, String> cells) {
    html.append("<h2>").append(esc(heading)).append("</h2>");
    if (rows.isEmpty()) {
      html.append("<p>None recorded.</p>");
      return;
    }
    html.append("<table>");
    rows.forEach(r -> html.append("<tr>").append(cells.apply(r)).append("</tr>"));
    html.append("</table>");
  }

  private static String cells(String... values) {
    StringBuilder html = new StringBuilder();
    for (String value : values) {
      html.append("<td>").append(esc(value)).append("</td>");
    }
    return html.toString();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(esc(label))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  static String esc(String text) {
    if (text == null) {
      return "Not recorded";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
