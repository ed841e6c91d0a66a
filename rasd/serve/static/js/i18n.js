// Interface labels in English and Arabic.  Data (article text, names) is never
// translated here: Arabic data is shown as written, English notes as written.

const LABELS = {
  title: { en: "Rasd — conflict reports on the map", ar: "رصد — تقارير النزاع على الخريطة" },
  allTypes: { en: "All event types", ar: "كل أنواع الأحداث" },
  allActors: { en: "All actors", ar: "كل الأطراف" },
  allCountries: { en: "All countries", ar: "كل البلدان" },
  search: { en: "Search evidence and notes…", ar: "ابحث في الأدلة والملاحظات…" },
  clear: { en: "Clear filters", ar: "مسح المرشحات" },
  language: { en: "العربية", ar: "English" },
  fit: { en: "Zoom to results", ar: "تكبير إلى النتائج" },
  events: { en: "events", ar: "حدث" },
  onMap: { en: "on the map", ar: "على الخريطة" },
  routes: { en: "routes", ar: "مسار" },
  routesListed: { en: "more routes listed, not drawn", ar: "مسارات أخرى في القائمة دون رسم" },
  allOutlets: { en: "All outlets", ar: "كل المصادر الإعلامية" },
  outlet: { en: "outlet", ar: "المصدر الإعلامي" },
  anySources: { en: "Any number of sources", ar: "أي عدد من المصادر" },
  sourcesShort: { en: "sources", ar: "مصادر" },
  fatalOnly: { en: "with fatalities", ar: "مع قتلى" },
  namedOnly: { en: "with a named actor", ar: "مع طرف مسمّى" },
  kept: { en: "events kept", ar: "الأحداث المتبقية" },
  period: { en: "period", ar: "الفترة" },
  earlier: { en: "earlier (list)", ar: "أقدم (قائمة)" },
  later: { en: "later (list)", ar: "أحدث (قائمة)" },
  beforeAxis: { en: "Events before the timeline's axis", ar: "أحداث قبل محور الخط الزمني" },
  afterAxis: { en: "Events after the timeline's axis", ar: "أحداث بعد محور الخط الزمني" },
  moreEvents: { en: "More", ar: "المزيد" },
  zoomHere: { en: "Zoom here", ar: "تكبير هنا" },
  tabRoutes: { en: "Routes", ar: "المسارات" },
  routesInView: { en: "Routes in the view and period", ar: "المسارات في المشهد والفترة" },
  routesDrawn: { en: "drawn on the map (the first ones)", ar: "مرسومة على الخريطة (الأولى)" },
  auto: { en: "auto", ar: "تلقائي" },
  day: { en: "days", ar: "أيام" },
  loading: { en: "Loading…", ar: "جارٍ التحميل…" },
  tabEvent: { en: "Event", ar: "الحدث" },
  tabClaims: { en: "Claims", ar: "الادعاءات" },
  tabEntities: { en: "Actors & places", ar: "الأطراف والأماكن" },
  tabArticles: { en: "Articles", ar: "المقالات" },
  pickEvent: { en: "Click an event on the map to read its sources.", ar: "انقر على حدث في الخريطة لقراءة مصادره." },
  date: { en: "Date", ar: "التاريخ" },
  place: { en: "Place", ar: "المكان" },
  actor1: { en: "Actor 1", ar: "الطرف الأول" },
  actor2: { en: "Actor 2", ar: "الطرف الثاني" },
  fatalities: { en: "Fatalities", ar: "القتلى" },
  precision: { en: "precision", ar: "الدقة" },
  sources: { en: "Sources", ar: "المصادر" },
  note: { en: "Note", ar: "ملاحظة" },
  evidence: { en: "Evidence", ar: "الدليل" },
  unknown: { en: "unknown", ar: "غير معروف" },
  published: { en: "published", ar: "نُشر" },
  openArticle: { en: "Read the article", ar: "اقرأ المقال" },
  filterPlace: { en: "Show events here", ar: "أظهر الأحداث هنا" },
  eventsHere: { en: "Events at this spot", ar: "الأحداث في هذا الموضع" },
  claimsNone: { en: "No claimed figures in the store.", ar: "لا توجد أرقام مدعاة في المخزن." },
  claimedBy: { en: "according to", ar: "بحسب" },
  actors: { en: "Actors", ar: "الأطراف" },
  places: { en: "Places", ar: "الأماكن" },
  mentions: { en: "mentions", ar: "ذكر" },
  articles: { en: "articles", ar: "مقال" },
  aliases: { en: "also written", ar: "يُكتب أيضاً" },
  noneYet: { en: "Nothing yet.", ar: "لا شيء بعد." },
  timeline: { en: "Timeline — drag to select a period", ar: "الخط الزمني — اسحب لتحديد فترة" },
  allDates: { en: "All dates", ar: "كل التواريخ" },
  undated: { en: "undated", ar: "بلا تاريخ" },
  noDated: { en: "No dated events for this filter.", ar: "لا أحداث مؤرخة لهذا المرشح." },
  month: { en: "months", ar: "أشهر" },
  week: { en: "weeks", ar: "أسابيع" },
  download: { en: "Download", ar: "تنزيل" },
  route: { en: "Route", ar: "مسار" },
  noWebgl: { en: "This browser cannot draw the map (no WebGL). Filters, timeline and sources still work.",
             ar: "لا يستطيع هذا المتصفح رسم الخريطة (لا يوجد WebGL). المرشحات والخط الزمني والمصادر تعمل." },
  error: { en: "Could not load", ar: "تعذر التحميل" },
  remove: { en: "remove", ar: "إزالة" },
  eventsInArticle: { en: "Events in this article", ar: "الأحداث في هذا المقال" },
  legendRoutes: { en: "Route (arrow = direction)", ar: "مسار (السهم = الاتجاه)" },
  clusters: { en: "Cluster (number of events)", ar: "تجمّع (عدد الأحداث)" },
  size: { en: "size = fatalities", ar: "الحجم = القتلى" },
};

const TYPES_AR = {
  "Battles": "معارك",
  "Explosions/Remote violence": "انفجارات/عنف عن بعد",
  "Violence against civilians": "عنف ضد المدنيين",
  "Protests": "احتجاجات",
  "Riots": "أعمال شغب",
  "Strategic developments": "تطورات استراتيجية",
  "Armed clash": "اشتباك مسلح",
  "Air/drone strike": "غارة جوية/بطائرة مسيرة",
  "Suicide bomb": "تفجير انتحاري",
  "Remote explosive/landmine/IED": "عبوة ناسفة/لغم",
  "Shelling/artillery/missile attack": "قصف مدفعي/صاروخي",
  "Attack": "هجوم",
  "Abduction/forced disappearance": "اختطاف/إخفاء قسري",
  "Arrests": "اعتقالات",
  "Disrupted weapons use": "إحباط استخدام أسلحة",
  "Headquarters or base established": "إنشاء مقر أو قاعدة",
  "Looting/property destruction": "نهب/تدمير ممتلكات",
  "Non-state actor overtakes territory": "سيطرة جماعة مسلحة على أرض",
  "Government regains territory": "استعادة الحكومة أرضاً",
  "Non-violent transfer of territory": "انتقال أرض دون قتال",
  "Change to group/activity": "تغير في جماعة/نشاط",
  "Agreement": "اتفاق",
  "Other": "أخرى",
  "Peaceful protest": "احتجاج سلمي",
  "Mob violence": "عنف جماعي",
  "Violent demonstration": "مظاهرة عنيفة",
};

const PRECISIONS_AR = { day: "يوم", week: "أسبوع", month: "شهر", year: "سنة", unknown: "غير معروفة" };

const QUANTITIES_AR = { fighters: "مقاتلون", killed: "قتلى", wounded: "جرحى", captured: "أسرى", displaced: "نازحون",
  weapons: "أسلحة" };

let language = "en";

export function setLanguage(lang) {
  language = lang === "ar" ? "ar" : "en";
  return language;
}

export function currentLanguage() {
  return language;
}

export function t(key) {
  const entry = LABELS[key];
  return entry ? entry[language] : key;
}

/** An ACLED type or sub-type in the interface language. */
export function typeLabel(name) {
  if (!name) return "";
  return language === "ar" ? TYPES_AR[name] || name : name;
}

export function precisionLabel(name) {
  return language === "ar" ? PRECISIONS_AR[name] || name : name;
}

export function quantityLabel(name) {
  return language === "ar" ? QUANTITIES_AR[name] || name : name;
}

export function countryName(code) {
  if (!code) return "";
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) || code;
  } catch {
    return code;
  }
}

export function number(n) {
  return n === null || n === undefined ? "" : new Intl.NumberFormat(language === "ar" ? "ar" : "en").format(n);
}
