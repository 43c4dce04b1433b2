package io.github.cookieledger.processor.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fideslang model of a system manifest, as its documentation describes it (fideslang 3:
 * {@code System}, {@code PrivacyDeclaration}, {@code Cookies}, {@code FidesKey}, and the default
 * taxonomy's data uses, data categories and data subjects used here), written down to validate
 * what the writer produces: the fields each resource may have, the ones it must have, their types,
 * and that every taxonomy key exists. Returns every violation, empty when the manifest is valid.
 */
final class FidesManifestModel {
  /** {@code FidesKey}: letters, digits, {@code _ . < > -}. */
  private static final Pattern FIDES_KEY = Pattern.compile("[a-zA-Z0-9_.<>-]+");

  private static final Set<String> SYSTEM_FIELDS = Set.of("fides_key", "organization_fides_key",
      "tags", "name", "description", "meta", "fidesctl_meta", "system_type", "egress", "ingress",
      "privacy_declarations", "administrating_department", "vendor_id", "previous_vendor_id",
      "dataset_references", "processes_personal_data", "exempt_from_privacy_regulations",
      "reason_for_exemption", "uses_profiling", "legal_basis_for_profiling",
      "does_international_transfers", "legal_basis_for_transfers",
      "requires_data_protection_assessments", "dpa_location", "dpa_progress", "privacy_policy",
      "legal_name", "legal_address", "responsibility", "dpo", "joint_controller_info",
      "data_security_practices", "cookie_max_age_seconds", "uses_cookies", "cookie_refresh",
      "uses_non_cookie_access", "legitimate_interest_disclosure_url", "cookies");
  private static final Set<String> DECLARATION_FIELDS = Set.of("name", "data_categories",
      "data_use", "data_subjects", "dataset_references", "egress", "ingress", "features",
      "flexible_legal_basis_for_processing", "legal_basis_for_processing",
      "impact_assessment_location", "retention_period", "processes_special_category_data",
      "special_category_legal_basis", "data_shared_with_third_parties", "third_parties",
      "shared_categories", "cookies");
  private static final Set<String> COOKIE_FIELDS = Set.of("name", "path", "domain");

  /** The data uses of fideslang's default taxonomy. */
  static final Set<String> DATA_USES = Set.of("analytics", "analytics.reporting",
      "analytics.reporting.ad_performance", "analytics.reporting.content_performance",
      "analytics.reporting.campaign_insights", "analytics.reporting.system",
      "analytics.reporting.system.performance", "collect", "employment",
      "employment.recruitment", "essential", "essential.fraud_detection",
      "essential.legal_obligation", "essential.service", "essential.service.authentication",
      "essential.service.notifications", "essential.service.notifications.email",
      "essential.service.notifications.sms", "essential.service.operations",
      "essential.service.operations.support", "essential.service.operations.improve",
      "essential.service.payment_processing", "essential.service.security",
      "essential.service.upgrades", "finance", "functional", "functional.storage",
      "functional.service.improve", "marketing", "marketing.advertising",
      "marketing.advertising.first_party", "marketing.advertising.first_party.contextual",
      "marketing.advertising.first_party.targeted", "marketing.advertising.frequency_capping",
      "marketing.advertising.negative_targeting", "marketing.advertising.profiling",
      "marketing.advertising.serving", "marketing.advertising.third_party",
      "marketing.advertising.third_party.targeted", "marketing.communications",
      "marketing.communications.email", "marketing.communications.sms", "operations",
      "personalize", "personalize.content", "personalize.profiling", "personalize.system",
      "sales", "third_party_sharing", "third_party_sharing.legal_obligation", "train_ai_system");
  /** The default data categories this writer may use (a cookie's identifier and its parents). */
  static final Set<String> DATA_CATEGORIES = Set.of("user", "user.device", "user.device.cookie_id");
  /** The default data subjects. */
  static final Set<String> DATA_SUBJECTS = Set.of("anonymous_user", "citizen_voter", "commuter",
      "consultant", "customer", "employee", "job_applicant", "next_of_kin", "passenger",
      "patient", "prospect", "shareholder", "supplier_vendor", "trainee", "visitor");

  private final List<String> violations = new ArrayList<>();

  private FidesManifestModel() {}

  /** Every violation of the model in a manifest read from YAML. */
  static List<String> violations(Object manifest) {
    FidesManifestModel model = new FidesManifestModel();
    model.manifest(manifest);
    return model.violations;
  }

  private void manifest(Object manifest) {
    Map<?, ?> root = map(manifest, "the manifest");
    if (root == null) {
      return;
    }
    List<?> systems = list(root.get("system"), "system");
    if (systems == null || systems.isEmpty()) {
      violations.add("the manifest has no system");
      return;
    }
    for (int i = 0; i < systems.size(); i++) {
      system(systems.get(i), "system[" + i + "]");
    }
  }

  private void system(Object value, String where) {
    Map<?, ?> system = map(value, where);
    if (system == null) {
      return;
    }
    fields(system, where, SYSTEM_FIELDS,
        List.of("fides_key", "system_type", "privacy_declarations"));
    fidesKey(system.get("fides_key"), where + ".fides_key");
    string(system.get("system_type"), where + ".system_type", false);
    string(system.get("name"), where + ".name", true);
    string(system.get("description"), where + ".description", true);
    bool(system.get("uses_cookies"), where + ".uses_cookies");
    if (system.containsKey("cookie_max_age_seconds")
        && !(system.get("cookie_max_age_seconds") instanceof Number)) {
      violations.add(where + ".cookie_max_age_seconds is not an integer");
    }
    cookies(system.get("cookies"), where + ".cookies");
    List<?> declarations = list(system.get("privacy_declarations"), where + ".privacy_declarations");
    if (declarations != null) {
      for (int i = 0; i < declarations.size(); i++) {
        declaration(declarations.get(i), where + ".privacy_declarations[" + i + "]");
      }
    }
  }

  private void declaration(Object value, String where) {
    Map<?, ?> declaration = map(value, where);
    if (declaration == null) {
      return;
    }
    fields(declaration, where, DECLARATION_FIELDS, List.of("data_categories", "data_use"));
    string(declaration.get("name"), where + ".name", true);
    taxonomyKey(declaration.get("data_use"), where + ".data_use", DATA_USES);
    taxonomyKeys(declaration.get("data_categories"), where + ".data_categories", DATA_CATEGORIES);
    if (declaration.containsKey("data_subjects")) {
      taxonomyKeys(declaration.get("data_subjects"), where + ".data_subjects", DATA_SUBJECTS);
    }
    cookies(declaration.get("cookies"), where + ".cookies");
  }

  private void cookies(Object value, String where) {
    if (value == null) {
      return; // Optional[List[Cookies]]
    }
    List<?> cookies = list(value, where);
    if (cookies == null) {
      return;
    }
    for (int i = 0; i < cookies.size(); i++) {
      Map<?, ?> cookie = map(cookies.get(i), where + "[" + i + "]");
      if (cookie != null) {
        fields(cookie, where + "[" + i + "]", COOKIE_FIELDS, List.of("name"));
        string(cookie.get("name"), where + "[" + i + "].name", false);
        string(cookie.get("path"), where + "[" + i + "].path", true);
        string(cookie.get("domain"), where + "[" + i + "].domain", true);
      }
    }
  }

  private void fields(Map<?, ?> resource, String where, Set<String> known, List<String> required) {
    for (Object key : resource.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        violations.add(where + " has the field \"" + key + "\", which the model does not have");
      }
    }
    for (String key : required) {
      if (resource.get(key) == null) {
        violations.add(where + " lacks the required field \"" + key + "\"");
      }
    }
  }

  private void taxonomyKeys(Object value, String where, Set<String> taxonomy) {
    List<?> keys = list(value, where);
    if (keys != null) {
      for (int i = 0; i < keys.size(); i++) {
        taxonomyKey(keys.get(i), where + "[" + i + "]", taxonomy);
      }
    }
  }

  private void taxonomyKey(Object value, String where, Set<String> taxonomy) {
    if (fidesKey(value, where) && !taxonomy.contains(value)) {
      violations.add(where + " \"" + value + "\" is not in the default taxonomy");
    }
  }

  private boolean fidesKey(Object value, String where) {
    if (!(value instanceof String key) || !FIDES_KEY.matcher(key).matches()) {
      violations.add(where + " \"" + value + "\" is not a FidesKey");
      return false;
    }
    return true;
  }

  private void string(Object value, String where, boolean optional) {
    if (value == null ? !optional : !(value instanceof String)) {
      violations.add(where + " is not a string");
    }
  }

  private void bool(Object value, String where) {
    if (value != null && !(value instanceof Boolean)) {
      violations.add(where + " is not a boolean");
    }
  }

  private Map<?, ?> map(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    violations.add(where + " is not a mapping");
    return null;
  }

  private List<?> list(Object value, String where) {
    if (value instanceof List<?> list) {
      return list;
    }
    violations.add(where + " is not a list");
    return null;
  }
}
