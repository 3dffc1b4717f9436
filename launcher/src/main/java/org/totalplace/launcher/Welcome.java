package org.totalplace.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code up} tells people once everything answers: where to go and who to log in as. */
final class Welcome {
  /** Agencies in the demo realm (realm-config), with the names people know them by. */
  private static final List<String[]> AGENCIES =
      List.of(
          new String[] {"housing", "Housing"},
          new String[] {"jobcentre", "Jobcentre"},
          new String[] {"probation", "Probation"},
          new String[] {"health", "Health"},
          new String[] {"childrens-services", "Children's services"},
          new String[] {"drug-alcohol", "Drug and alcohol service"},
          new String[] {"police", "Police"},
          new String[] {"voluntary", "Voluntary sector"});

  private Welcome() {}

  static String text(Stack stack) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Totalplace is up in %d s: %s%n",
            Math.round(stack.startupSeconds()),
            stack.webUrl()));
    text.append("  API:       ").append(stack.apiUrl()).append(nl);
    text.append("  Keycloak:  ")
        .append(stack.keycloakUrl())
        .append("/admin  (admin / admin)")
        .append(nl);
    text.append("  Demo logins (password: demo-password):").append(nl);
    for (String[] login : demoLogins()) {
      text.append(String.format(Locale.ROOT, "    %-26s %s%n", login[0], login[1]));
    }
    text.append("  Stop with Ctrl-C or ./totalplace stop. Logs: ")
        .append(stack.home().resolve("logs"))
        .append(nl);
    return text.toString();
  }

  static List<String[]> demoLogins() {
    List<String[]> logins = new ArrayList<>();
    for (String[] agency : AGENCIES) {
      logins.add(new String[] {agency[0] + ".worker", agency[1] + ", frontline worker"});
      logins.add(new String[] {agency[0] + ".lead", agency[1] + ", team lead"});
    }
    logins.add(new String[] {"housing.admin", "Housing, agency admin"});
    logins.add(new String[] {"dpo", "Data protection officer"});
    logins.add(new String[] {"place.analyst", "Analyst for the place (unit costs, no names)"});
    return logins;
  }
}
