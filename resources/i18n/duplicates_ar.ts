<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DuplicateReasons</name>
    <message>
        <source>injured {a} vs {b}</source>
        <extracomment>the counts&apos; reason names each count that both give: &quot;injured 3 vs 4&quot;</extracomment>
        <translation>الجرحى {a} مقابل {b}</translation>
    </message>
    <message>
        <source>kidnapped {a} vs {b}</source>
        <translation>المختطفون {a} مقابل {b}</translation>
    </message>
    <message>
        <source>arrested {a} vs {b}</source>
        <translation>المعتقلون {a} مقابل {b}</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>what differs where the same words tell one report coded as several events</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>day and place</source>
        <translation>اليوم والمكان</translation>
    </message>
    <message>
        <source>day and type</source>
        <translation>اليوم والنوع</translation>
    </message>
    <message>
        <source>place and type</source>
        <translation>المكان والنوع</translation>
    </message>
    <message>
        <source>day, place and type</source>
        <translation>اليوم والمكان والنوع</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>a list&apos;s separator in the user&apos;s language (Arabic has its own comma)</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <source>kept from both records</source>
        <extracomment>a row&apos;s name (&quot;fatalities&quot;) on any of its cells which record&apos;s value the row takes: &quot;keep&quot;, &quot;other&quot; or &quot;both&quot; a right-to-left isolate: a cell&apos;s text in an Arabic window, whatever it starts with why a row keeps both records&apos; values</extracomment>
        <translation>محفوظ من السجلين</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
</context>
<context>
    <name>PairRowsModel</name>
    <message>
        <source>Field</source>
        <extracomment>the merged record&apos;s value, and which side it comes from, by default a choice the user may turn (rows kept from both may not)</extracomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>السجل المحتفظ به</translation>
    </message>
    <message>
        <source>Merged away</source>
        <translation>السجل المدمج</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>السجل بعد الدمج</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>مأخوذ</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>غير مأخوذ</translation>
    </message>
    <message>
        <source>{value} ({taken})</source>
        <translation>{value} ({taken})</translation>
    </message>
</context>
<context>
    <name>PairValues</name>
    <message>
        <source>Date</source>
        <extracomment>the groups&apos; names, as the rows&apos; first column says them</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>what is kept from both records, after the choices</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>بيانات التبني</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Associated actors</source>
        <translation>الفاعلون المرتبطون</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>day known</source>
        <extracomment>the precisions in a word (the codebook&apos;s own labels are sentences)</extracomment>
        <translation>اليوم معروف</translation>
    </message>
    <message>
        <source>week known</source>
        <translation>الأسبوع معروف</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>الشهر معروف</translation>
    </message>
    <message>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>near a town</source>
        <translation>قرب بلدة</translation>
    </message>
    <message>
        <source>region only</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <extracomment>fields whose values are codebook words</extracomment>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>{date} ({precision})</source>
        <translation>{date} ({precision})</translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation>{place} ({precision})</translation>
    </message>
    <message>
        <source>{place} at {latitude}, {longitude}</source>
        <translation>{place} عند {latitude}، {longitude}</translation>
    </message>
    <message>
        <source>{event_type}: {sub_event_type}</source>
        <translation>{event_type}: {sub_event_type}</translation>
    </message>
    <message>
        <source>{best} (between {low} and {high})</source>
        <translation>{best} (بين {low} و{high})</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>بيان تبنٍّ</translation>
    </message>
    <message>
        <source>1: {actor1} · 2: {actor2}</source>
        <translation>الفاعل 1: {actor1} · الفاعل 2: {actor2}</translation>
    </message>
</context>
<context>
    <name>PairWindow</name>
    <message>
        <source>take the kept record&apos;s value</source>
        <extracomment>the window&apos;s keys and what they do, in the legend under the table</extracomment>
        <translation>خذ قيمة السجل المحتفظ به</translation>
    </message>
    <message>
        <source>take the other&apos;s</source>
        <translation>خذ قيمة الآخر</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>switch the value</source>
        <translation>بدّل القيمة</translation>
    </message>
    <message>
        <source>restore the defaults</source>
        <translation>استعد الاختيارات الافتراضية</translation>
    </message>
    <message>
        <source>Sahel Desk — Possibly the same event</source>
        <extracomment>the incidents (ids) with changes not saved in a form of the application</extracomment>
        <translation>Sahel Desk — ربما الحدث نفسه</translation>
    </message>
    <message>
        <source>Reading the two records…</source>
        <translation>جارٍ قراءة السجلين…</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>بدّل السجلين</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>احتفظ بالسجل الآخر بدلًا منه</translation>
    </message>
    <message>
        <source>&amp;Restore the defaults</source>
        <translation>استعد الاختيارات الافتراضية</translation>
    </message>
    <message>
        <source>Why merge (optional, kept in the history)</source>
        <translation>سبب الدمج (اختياري، يُحفظ في السجل التاريخي)</translation>
    </message>
    <message>
        <source>&amp;Not the same event…</source>
        <translation>ليس الحدث نفسه…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>ادمج</translation>
    </message>
    <message>
        <source>R&amp;eopen the merged-away record</source>
        <translation>أعد فتح السجل المدمج</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Take the kept record&apos;s value</source>
        <translation>خذ قيمة السجل المحتفظ به</translation>
    </message>
    <message>
        <source>Take the other record&apos;s value</source>
        <translation>خذ قيمة السجل الآخر</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>استعد الاختيارات الافتراضية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>{incident} is one incident, named twice: there is nothing to merge or to set apart. Open two incidents side by side.</source>
        <translation>{incident} حادث واحد ذُكر مرتين: لا شيء يُدمج أو يُفصل. افتح حادثين جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>{incident} is rejected: a rejected record is neither merged nor set apart. If it is this event after all, a reviewer reopens it first.</source>
        <translation>{incident} مرفوض: السجل المرفوض لا يُدمج ولا يُفصل عن غيره. إن كان هذا الحدث نفسه فعلًا، فعلى مراجِع أن يعيد فتحه أولًا.</translation>
    </message>
    <message>
        <source>The two records could not be read.</source>
        <translation>تعذّرت قراءة السجلين.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first}&lt;/b&gt; and &lt;b&gt;{second}&lt;/b&gt;: possibly the same event</source>
        <translation>&lt;b&gt;{first}&lt;/b&gt; و&lt;b&gt;{second}&lt;/b&gt;: ربما الحدث نفسه</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>الأسباب: {reasons}</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محتفظ به</translation>
    </message>
    <message>
        <source>Merged away, then rejected as its duplicate</source>
        <translation>يُدمج ثم يُرفض بوصفه مكررًا له</translation>
    </message>
    <message>
        <source>{incident} (kept)</source>
        <translation>{incident} (محتفظ به)</translation>
    </message>
    <message>
        <source>{incident} (merged away)</source>
        <translation>{incident} (مدمج)</translation>
    </message>
    <message>
        <source>&amp;Merge into {incident}</source>
        <translation>ادمج في {incident}</translation>
    </message>
    <message>
        <source>R&amp;eopen {incident}</source>
        <translation>أعد فتح {incident}</translation>
    </message>
    <message>
        <source>very likely one event</source>
        <translation>على الأرجح جدًا حدث واحد</translation>
    </message>
    <message>
        <source>likely one event</source>
        <translation>على الأرجح حدث واحد</translation>
    </message>
    <message>
        <source>possibly one event</source>
        <translation>ربما حدث واحد</translation>
    </message>
    <message>
        <source>unlikely to be one event</source>
        <translation>يُستبعد أن يكون حدثًا واحدًا</translation>
    </message>
    <message>
        <source>Score {score}: {how}</source>
        <translation>الدرجة {score}: {how}</translation>
    </message>
    <message>
        <source>{incident} has changes not saved in its form; the merge would leave them out. Save them (or undo them) in the form, then merge.</source>
        <translation>في استمارة {incident} تعديلات غير محفوظة، ولن يشملها الدمج. احفظها (أو تراجع عنها) في الاستمارة، ثم ادمج.</translation>
    </message>
    <message>
        <source>Show {incident}</source>
        <translation>عرض {incident}</translation>
    </message>
    <message>
        <source>Merged: {kept} was kept with the values chosen and every source and claim of both; {other} is now rejected as its duplicate. Reopening {other} brings it back.</source>
        <translation>تم الدمج: احتُفظ بـ{kept} مع القيم المختارة وكل مصادر السجلين وبيانات تبنيهما؛ وصار {other} مرفوضًا بوصفه مكررًا له. إعادة فتح {other} تعيده.</translation>
    </message>
    <message>
        <source>Open {kept}</source>
        <translation>افتح {kept}</translation>
    </message>
    <message>
        <source>Open {other}</source>
        <translation>افتح {other}</translation>
    </message>
    <message>
        <source>Not the same event</source>
        <translation>ليس الحدث نفسه</translation>
    </message>
    <message>
        <source>{first} and {second} will not be proposed as duplicates again. Why are they two events? (optional)</source>
        <translation>لن يُقترح {first} و{second} مكررين بعد الآن. لماذا هما حدثان؟ (اختياري)</translation>
    </message>
    <message>
        <source>e.g. two ambushes on the same road</source>
        <translation>مثلًا: كمينان على الطريق نفسه</translation>
    </message>
    <message>
        <source>{first} and {second} are marked as not the same event: the pair will not be proposed again.</source>
        <translation>عُلّم {first} و{second} بأنهما ليسا الحدث نفسه: لن يُقترح الزوج مرة أخرى.</translation>
    </message>
    <message>
        <source>Reopen {incident}</source>
        <translation>أعد فتح {incident}</translation>
    </message>
    <message>
        <source>{incident} comes back as a draft and may be proposed as a duplicate again; {kept} keeps the merged values. Why reopen it?</source>
        <translation>يعود {incident} مسودةً وقد يُقترح مكررًا مرة أخرى؛ ويحتفظ {kept} بالقيم المدمجة. لماذا تعيد فتحه؟</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>أعد الفتح</translation>
    </message>
    <message>
        <source>e.g. not the same attack after all</source>
        <translation>مثلًا: ليس الهجوم نفسه في النهاية</translation>
    </message>
    <message>
        <source>{incident} is a draft again.</source>
        <translation>عاد {incident} مسودةً.</translation>
    </message>
    <message>
        <source>Open {incident}</source>
        <translation>افتح {incident}</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Open {incident} in the form</source>
        <translation>افتح {incident} في الاستمارة</translation>
    </message>
    <message>
        <source>{state}: duplicate of {incident}</source>
        <translation>{state}: مكرر لـ{incident}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{incident}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;{incident}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>{date} · {place}</source>
        <translation>{date} · {place}</translation>
    </message>
    <message>
        <source>ACLED event {id}</source>
        <translation>حدث ACLED رقم {id}</translation>
    </message>
</context>
</TS>
