// The Turkish edition's sample newsroom: Kıyıkent Postası, the paper of a
// fictional city on the Aegean coast. Original Turkish text written for
// Dateline (not a translation of the English sample); every place, person
// and club in it is made up. `age` is minutes before the sample's reference
// time, as in stories.mjs.

import { h, img, list, p, q } from "../blocks.mjs";

export const SITE = { name: "Kıyıkent Postası", tagline: "Körfezin sesi", zone: "Europe/Istanbul", language: "tr" };

/** The credit line of every sample photo. */
export const CREDIT = "Fotoğraf: Kıyıkent Postası";

export const SECTIONS = [
  { slug: "gundem", name: "Gündem" },
  { slug: "ekonomi", name: "Ekonomi" },
  { slug: "yasam", name: "Yaşam" },
  { slug: "spor", name: "Spor" },
];

// The topics, each with its page (/topic/{slug}) and the stories it has.
export const TOPICS = [
  {
    slug: "afete-hazirlik", name: "Afete Hazırlık",
    stories: ["lodos-uyarisi-liman-kapaklari-ilk-kez-gercek-firtina-icin-kapatilacak", "muhtarlar-deprem-toplanma-alanlarini-tek-tek-denetledi"],
  },
  {
    slug: "yerel-uretim", name: "Yerel Üretim",
    stories: [
      "zeytin-rekoltesi-yuzde-30-dustu-yag-fiyatlari-yukseliste", "askida-ekmek-uygulamasi-kentteki-40-firina-yayildi",
      "balikcilar-kendi-hallerini-kurdu-aracisiz-satis-basladi",
    ],
  },
];

// The front page's top stories, the first one the lead.
export const TOP = [
  "lodos-uyarisi-liman-kapaklari-ilk-kez-gercek-firtina-icin-kapatilacak",
  "kartaltepe-gozlemevi-halka-acildi-ilk-gecede-2-bin-kisi-gokyuzunu-izledi",
  "kiyikent-genclikspor-penaltilarla-kupada-finale-yukseldi",
  "zeytin-rekoltesi-yuzde-30-dustu-yag-fiyatlari-yukseliste",
  "askida-ekmek-uygulamasi-kentteki-40-firina-yayildi",
];

/** The alt text of each sample photo, when it is a story's main picture. */
export const IMAGE_ALT = {
  harbour: "Liman ağzı boyunca dik konumda duran çelik taşkın kapakları",
  bakery: "Fırın rafında soğumaya bırakılmış somun ekmekler",
  telescope: "Yıldızlı gökyüzüne doğru açılmış büyük bir teleskop kubbesi",
  repair: "Tezgâhın üzerinde bir radyoyu onaran eller",
  lighthouse: "Kayalık bir burunda yükselen beyaz deniz feneri",
  marathon: "Yağmurluklu koşucular kentteki bir köprüden geçiyor",
};

export const STORIES = [
  // Gündem
  {
    slug: "lodos-uyarisi-liman-kapaklari-ilk-kez-gercek-firtina-icin-kapatilacak", section: "gundem", age: 0.3, offset: "+03:00",
    spans: [
      { phrase: "yalnızca tatbikatlarda kullanıldı", link: "/news/muhtarlar-deprem-toplanma-alanlarini-tek-tek-denetledi" },
      { phrase: "en az salı sabahına dek", strong: true },
    ],
    related: ["muhtarlar-deprem-toplanma-alanlarini-tek-tek-denetledi", "eski-tersane-alani-sahil-parkina-donusuyor"],
    corrections: [{ age: 0.2, text: "Haberin ilk sürümünde Fen İşleri Müdürü'nün soyadı yanlış yazılmıştı." }],
    title: "Lodos uyarısı: Liman kapakları ilk kez gerçek fırtına için kapatılacak",
    summary: "Bugünkü tatbikatta denenen altı çelik kapak, pazar akşamı beklenen lodos nedeniyle ilk kez gerçek bir fırtınaya karşı kapatılacak.",
    byline: "Haber: Elif Yıldız", authors: ["Elif Yıldız"], image: "harbour", tags: ["Lodos"],
    body: [
      p("Meteoroloji Bölge Müdürlüğü, pazar akşamından itibaren körfezde hızı saatte 90 kilometreye varan lodos beklendiğini açıkladı. Kıyıkent Belediyesi de uyarının ardından liman ağzındaki taşkın kapaklarını yarın saat 18.00'de kapatacağını duyurdu."),
      p("Deniz tabanında yatık duran altı çelik kapak, hidrolik pistonlarla dakikalar içinde dik konuma getiriliyor. İki yıl önce tamamlanan sistem bugüne kadar yalnızca tatbikatlarda kullanıldı; son olarak bugün öğleden sonraki deprem ve tsunami tatbikatında denendi."),
      q("Bugünkü tatbikat kapakların hazır olduğunu gösterdi. Fırtınanın gelmesini beklemeyeceğiz; deniz yükselmeden iç liman güvende olacak.", "Kıyıkent Belediyesi Fen İşleri Müdürü Oya Demirtaş"),
      p("Balıkçılar, teknelerini yarın öğlene kadar iç limana çekmeye çağrıldı. Kapakların, rüzgâr yön değiştirene kadar en az salı sabahına dek kapalı kalması bekleniyor."),
      img("harbour", "Liman ağzında dik konuma getirilmiş çelik taşkın kapakları", "Kapaklar bugün öğleden sonraki tatbikat sırasında."),
    ],
    updated: 0.1,
  },
  {
    slug: "alti-mahallede-pazartesi-12-saatlik-su-kesintisi", section: "gundem", age: 12, offset: "+03:00",
    spans: [{ phrase: "güncel kesinti takvimini", link: "https://kiyikent-su.example/kesintiler" }],
    title: "Altı mahallede pazartesi 12 saatlik su kesintisi",
    summary: "Ana isale hattındaki bakım nedeniyle pazartesi 08.00 ile 20.00 arasında altı mahalleye su verilemeyecek.",
    byline: "Haber: Burak Çelik", authors: ["Burak Çelik"],
    body: [
      p("Kıyıkent Su ve Kanalizasyon İdaresi, Değirmendere'den kente su taşıyan ana isale hattında vana değişimi yapılacağını duyurdu. Çalışma pazartesi sabah 08.00'de başlayacak ve akşam 20.00'ye kadar sürecek."),
      p("İdarenin açıklamasına göre kesintiden etkilenecek mahalleler şunlar:"),
      list("Çınarlı", "Yalıboyu", "Kayalar", "Tepecik", "Sarıkum", "Karaağaç"),
      p("Mahalle meydanlarına gün boyu su tankerleri yerleştirilecek. Vatandaşlar güncel kesinti takvimini idarenin internet sitesinden takip edebilir."),
    ],
  },
  {
    slug: "eski-tersane-alani-sahil-parkina-donusuyor", section: "gundem", age: 60 * 20, offset: "+03:00",
    title: "Eski tersane alanı sahil parkına dönüşüyor",
    summary: "Belediye meclisi, yıllardır atıl duran tersane arazisinin yeşil alana çevrilmesi projesini oy birliğiyle kabul etti.",
    byline: "Haber: Selin Öztürk", authors: ["Selin Öztürk"],
    body: [
      p("Limanın güneyindeki 48 dönümlük eski tersane alanı, 2027 yazına kadar yürüyüş yolları, bisiklet parkuru ve çocuk oyun alanlarıyla halka açık bir parka dönüştürülecek."),
      p("Tersaneden kalan iki büyük vinç yıkılmayacak: Biri seyir terasına, diğeri kentin denizcilik geçmişini anlatan bir sergi alanına çevrilecek."),
      h("Fidanlar öğrencilerden"),
      p("Parka dikilecek 1.500 fidanın bir bölümünü çevredeki okulların öğrencileri dikecek. İlk dikim günü mart ayının ilk haftası için planlanıyor."),
    ],
  },
  {
    slug: "muhtarlar-deprem-toplanma-alanlarini-tek-tek-denetledi", section: "gundem", age: 60 * 24 * 6, offset: "Z",
    title: "Muhtarlar deprem toplanma alanlarını tek tek denetledi",
    summary: "Kentteki 42 mahallenin muhtarı toplanma alanlarını gezerek eksikleri listeledi; en sık karşılaşılan sorunlar kilitli kapılar ve eksik tabelalar oldu.",
    byline: "Haber: Elif Yıldız", authors: ["Elif Yıldız"],
    body: [
      p("Denetim, ay sonunda yapılacak büyük deprem ve tsunami tatbikatı öncesinde valiliğin çağrısıyla gerçekleştirildi. Muhtarlar, toplanma alanlarına giden yolları da yürüyerek kontrol etti."),
      p("Hazırlanan raporda 11 alanın girişinin kilitli olduğu, 17 alanda ise yönlendirme tabelası bulunmadığı belirtildi."),
      q("Toplanma alanı dediğimiz yer bir okul bahçesiyse ve kapısı geceleri kilitliyse, orası yalnızca kâğıt üzerinde bir toplanma alanıdır.", "Çınarlı Mahallesi Muhtarı Hüseyin Kaplan"),
      p("Belediye, eksik tabelaların tatbikattan önce tamamlanacağını ve kilitli kapılar için okul müdürlükleriyle görüşüleceğini açıkladı."),
    ],
  },

  // Ekonomi
  {
    slug: "zeytin-rekoltesi-yuzde-30-dustu-yag-fiyatlari-yukseliste", section: "ekonomi", age: 45, offset: "+03:00",
    spans: [{ phrase: "yüzde 30 altında", strong: true }],
    related: ["balikcilar-kendi-hallerini-kurdu-aracisiz-satis-basladi", "askida-ekmek-uygulamasi-kentteki-40-firina-yayildi"],
    title: "Zeytin rekoltesi yüzde 30 düştü, yağ fiyatları yükselişte",
    summary: "Baharda yaşanan don ve yaz boyunca süren kuraklık, kent çevresindeki zeytinliklerde hasadı son beş yılın en düşük seviyesine çekti.",
    byline: "Haber: Kerem Aksoy", authors: ["Kerem Aksoy"], tags: ["Zeytin"], updated: 20,
    body: [
      p("Kıyıkent Zeytin Üreticileri Kooperatifi'nin ilk verilerine göre bu sezon işlenen zeytin miktarı geçen yılın yüzde 30 altında kaldı. Üreticiler, ağaçların çiçek açtığı dönemde yaşanan donun etkisinin beklenenden ağır olduğunu söylüyor."),
      p("Rekoltedeki düşüş fiyatlara da yansıdı: Kooperatifin sızma zeytinyağının litre fiyatı, geçen yılın aynı dönemine göre belirgin biçimde arttı."),
      q("Ağaçlar bu yıl dinlendi ama biz dinlenemedik. Sulama yapabilen üreticiyle yapamayan arasındaki fark hiç bu kadar açılmamıştı.", "Kooperatif Başkanı Mehmet Ali Güneş"),
      p("Kooperatif, küçük üreticilere gelecek sezon için damla sulama desteği verilmesini istedi."),
    ],
  },
  {
    slug: "askida-ekmek-uygulamasi-kentteki-40-firina-yayildi", section: "ekonomi", age: 60 * 5, offset: "+03:00",
    spans: [{ phrase: "kimlik ya da belge istenmiyor", em: true }],
    title: "Askıda ekmek uygulaması kentteki 40 fırına yayıldı",
    summary: "Fırıncılar Odası'nın başlattığı uygulamada müşteriler, fazladan parasını ödedikleri ekmeği ihtiyacı olan biri için askıya bırakıyor.",
    byline: "Haber: Ayşegül Tan", authors: ["Ayşegül Tan"], image: "bakery",
    body: [
      p("Geçen kış yalnızca üç mahalle fırınında denenen uygulama, bu hafta itibarıyla kentin dört bir yanındaki 40 fırında başladı. Askıya bırakılan ekmekler, fırınların camına asılan bir çizelgeyle takip ediliyor. Askıdan ekmek alanlardan kimlik ya da belge istenmiyor."),
      p("Fırıncılar Odası Başkanı Nuri Ustaoğlu, ilk haftada günde ortalama 600 ekmeğin askıdan alındığını söyledi. Oda, akşam saatlerinde askıda kalan ekmeklerin belediyenin aşevine gönderileceğini bildirdi."),
      list("Her fırın, gün içinde askıya bırakılan ekmek sayısını camına yazıyor", "Bağışlar yalnızca ekmekle sınırlı, para kabul edilmiyor", "Akşam askıda kalan ekmekler aşevine gidiyor"),
      p("Uygulamaya katılan fırınların listesi, odanın muhtarlıklara gönderdiği afişlerde yer alıyor."),
    ],
  },
  {
    slug: "balikcilar-kendi-hallerini-kurdu-aracisiz-satis-basladi", section: "ekonomi", age: 60 * 24 * 3, offset: "Z",
    spans: [{ phrase: "zeytin üreticilerinin kooperatifini", link: "/news/zeytin-rekoltesi-yuzde-30-dustu-yag-fiyatlari-yukseliste" }],
    title: "Balıkçılar kendi hallerini kurdu, aracısız satış başladı",
    summary: "Kıyıkent Su Ürünleri Kooperatifi'nin açtığı halde tekneden inen balık, aynı sabah doğrudan balıkçı tezgâhlarına ve lokantalara satılıyor.",
    byline: "Haber: Zeynep Arslan ve Kerem Aksoy", authors: ["Zeynep Arslan", "Kerem Aksoy"],
    body: [
      p("Eski buz fabrikasının binasında açılan hal, her sabah 05.30'da kurulan mezatla çalışıyor. Kooperatife bağlı 86 tekne, avını burada tartıp doğrudan satışa çıkarıyor."),
      p("Balıkçılar, daha önce komisyoncuya bıraktıkları payın artık kendi ceplerinde kaldığını söylüyor. Kooperatif yönetimi, ilk ayın sonunda tekne başına gelirin yüzde 15 ile 20 arasında arttığını açıkladı."),
      p("Yönetim, hali kurarken zeytin üreticilerinin kooperatifini örnek aldıklarını belirtiyor. Lokanta sahipleri ise balığın mutfağa eskisinden çok daha taze geldiğini söylüyor."),
    ],
  },
  {
    slug: "organize-sanayide-30-fabrikanin-catisina-gunes-paneli-kurulacak", section: "ekonomi", age: 60 * 24 * 12, offset: "+03:00",
    spans: [{ phrase: "proje raporunda", link: "https://kiyikent-osb.example/gunes-enerjisi-raporu" }],
    title: "Organize sanayide 30 fabrikanın çatısına güneş paneli kurulacak",
    summary: "Panellerin, bölgedeki fabrikaların gündüz elektrik ihtiyacının yaklaşık üçte birini karşılaması bekleniyor.",
    byline: "Haber: Emre Şahin", authors: ["Emre Şahin"],
    body: [
      p("Kıyıkent Organize Sanayi Bölgesi yönetimi, ortak bir projeyle 30 fabrikanın çatısına toplam 18 megavatlık güneş paneli kurulacağını duyurdu. İlk paneller ocak ayında monte edilecek."),
      h("Maliyet nasıl karşılanacak?"),
      p("Projenin finansmanı, bölge yönetiminin kalkınma ajansından aldığı hibe ile fabrikaların ortak katkısından oluşuyor. Yönetim, yatırımın kendini yedi yılda amorti etmesini öngörüyor."),
      p("Panellerin yerleşimi ve beklenen üretim rakamları, bölge yönetiminin yayımladığı proje raporunda ayrıntılı olarak yer alıyor."),
    ],
  },

  // Yaşam
  {
    slug: "kartaltepe-gozlemevi-halka-acildi-ilk-gecede-2-bin-kisi-gokyuzunu-izledi", section: "yasam", age: 80, offset: "+03:00",
    spans: [{ phrase: "rezervasyon sayfasından", link: "https://gozlemevi.example/halk-geceleri" }],
    related: ["emekli-teknisyenin-atolyesinde-eski-radyolar-yeniden-konusuyor", "gokceorendeki-koy-okulu-15-yil-sonra-yeniden-acildi"],
    title: "Kartaltepe Gözlemevi halka açıldı, ilk gecede 2 bin kişi gökyüzünü izledi",
    summary: "Kentin 40 kilometre kuzeyindeki gözlemevi, üniversitenin araştırma teleskobunu bundan sonra ayda iki gece ziyaretçilere ayıracak.",
    byline: "Haber: Deniz Korkmaz", authors: ["Deniz Korkmaz"], image: "telescope", tags: ["Astronomi"],
    body: [
      p("Kıyıkent Üniversitesi'ne bağlı gözlemevinin kubbesi cuma akşamı ilk kez ziyaretçiler için açıldı. Gece boyunca yaklaşık 2 bin kişi sırayla teleskoba bakarak Satürn'ün halkalarını ve Andromeda Gökadası'nı izledi."),
      img("telescope", "Gece gökyüzüne doğru açılmış gözlemevi kubbesi ve içindeki teleskop", "Kartaltepe Gözlemevi'nin ana kubbesi cuma gecesi."),
      q("Bu teleskopla yıllardır veri topluyoruz ama bir çocuğun Satürn'ü ilk kez gördüğünde nasıl sevinçle bağırdığını hiç duymamıştım.", "Gözlemevi Müdürü Doç. Dr. Leyla Erdem"),
      p("Halk gecelerine katılım ücretsiz ancak yer sınırlı. Ziyaretçilerin gözlemevinin rezervasyon sayfasından önceden yer ayırtması gerekiyor; bulutlu gecelerde etkinlik iptal ediliyor."),
    ],
  },
  {
    slug: "emekli-teknisyenin-atolyesinde-eski-radyolar-yeniden-konusuyor", section: "yasam", age: 60 * 30, offset: "+03:00",
    spans: [{ phrase: "lambalı radyolar", em: true }],
    title: "Emekli teknisyenin atölyesinde eski radyolar yeniden konuşuyor",
    summary: "Kırk yıl radyo tamirciliği yapan İsmail Usta, her cumartesi mahallenin gençlerine lehim yapmayı ve arıza bulmayı öğretiyor.",
    byline: "Haber: Selin Öztürk", authors: ["Selin Öztürk"], image: "repair",
    body: [
      p("Çarşı içindeki küçük dükkânın tezgâhında, kimi dededen kalma, kimi bit pazarından alınmış lambalı radyolar sırasını bekliyor."),
      p("İsmail Usta, iki yıl önce dükkânı kapatmak yerine kapısını gençlere açmaya karar verdi. Şimdi her cumartesi on kadar öğrenci, ustanın gözetiminde evden getirdikleri cihazları onarıyor."),
      q("“Bu artık çalışmaz, atın” denen bir radyo yeniden ses verdiğinde gencin yüzündeki ifade, bütün emeğe değiyor.", "İsmail Usta"),
      p("Belediyenin gençlik merkezinin desteğiyle atölye bu kış haftada iki gün açık olacak."),
    ],
  },
  {
    slug: "fenerburnu-feneri-150-yasini-sergiyle-kutluyor", section: "yasam", age: 60 * 24 * 9, offset: "+03:00",
    title: "Fenerburnu Feneri 150. yaşını sergiyle kutluyor",
    summary: "Fenerin bekçi evinde açılan sergide, dört kuşak fener bekçisinin seyir defterleri ve fotoğrafları ilk kez ziyaretçilerle buluşuyor.",
    byline: "Haber: Burak Çelik", authors: ["Burak Çelik"], image: "lighthouse",
    body: [
      p("1876'da ilk kez yakılan fener, o günden bu yana körfeze giren gemilere yol gösteriyor. Sergi, fenerin ilk bekçisinden bugüne uzanan hikâyeyi bekçilerin kendi notlarıyla anlatıyor."),
      p("Sergideki en eski defterde, 1891 kışında fırtınada kayalıklara oturan bir yelkenlinin mürettebatının kurtarılışı günü gününe kayıtlı."),
      h("Ziyaret bilgileri"),
      p("Sergi mart sonuna kadar pazartesi hariç her gün 10.00 ile 17.00 arasında ücretsiz gezilebilecek."),
    ],
  },
  {
    slug: "gokceorendeki-koy-okulu-15-yil-sonra-yeniden-acildi", section: "yasam", age: 60 * 24 * 20, offset: "Z",
    title: "Gökçeören'deki köy okulu 15 yıl sonra yeniden açıldı",
    summary: "Köye dönen ailelerle çocuk sayısı artınca taşımalı eğitime son verildi; okulda bu yıl 19 öğrenci okuyor.",
    byline: "Haber: Ayşegül Tan", authors: ["Ayşegül Tan"],
    body: [
      p("Gökçeören İlkokulu 15 yıl önce öğrenci sayısı azaldığı için kapatılmış, köyün çocukları her sabah servisle ilçe merkezine taşınmaya başlamıştı."),
      p("Son üç yılda uzaktan çalışan ve emekli olan ailelerin köye yerleşmesiyle çocuk sayısı yeniden arttı. Köylülerin dilekçesi üzerine il milli eğitim müdürlüğü okulu yeniden açma kararı aldı."),
      list("Okulda birleştirilmiş sınıflarda 19 öğrenci okuyor", "Okula iki öğretmen atandı", "Binanın çatısı ve ısınma sistemi köylülerin katkısıyla yenilendi"),
    ],
  },

  // Spor
  {
    slug: "kiyikent-genclikspor-penaltilarla-kupada-finale-yukseldi", section: "spor", age: 3, offset: "Z",
    spans: [{ phrase: "ilk kez bir kupa finaline", strong: true }],
    title: "Kıyıkent Gençlikspor penaltılarla kupada finale yükseldi",
    summary: "Uzatmalar dâhil golsüz biten yarı finalde yedek kaleci Onur Taş, iki penaltı kurtararak takımını finale taşıdı.",
    byline: "Haber: Emre Şahin", authors: ["Emre Şahin"],
    body: [
      p("Körfez Kupası yarı finalinde Yukarıova Belediyespor deplasmanında oynanan maç, 120 dakika boyunca golsüz sürdü. Uzatmaların son dakikalarında oyuna giren yedek kaleci Onur Taş, penaltı atışlarında iki kurtarış yaptı."),
      p("Kulüp, 71 yıllık tarihinde ilk kez bir kupa finaline çıkacak. Final 20 Aralık'ta Kıyıkent Şehir Stadı'nda oynanacak."),
      q("Kaleye geçerken hocam yalnızca “Bekle, acele etme” dedi. Ben de bekledim.", "Kıyıkent Gençlikspor kalecisi Onur Taş"),
      p("Finaldeki rakip, yarın oynanacak diğer yarı finalin galibi olacak."),
    ],
  },
  {
    slug: "yagmur-altinda-kosulan-kiyikent-yari-maratonunda-parkur-rekoru-kirildi", section: "spor", age: 60 * 6, offset: "+03:00",
    spans: [{ phrase: "koşu kulübünün internet sitesinde", link: "https://kiyikent-kosu.example/sonuclar" }],
    title: "Yağmur altında koşulan Kıyıkent Yarı Maratonu'nda parkur rekoru kırıldı",
    summary: "Sağanak ve sert rüzgâra rağmen 4 bin koşucu parkuru tamamladı; kadınlarda Hatice Yalçın yeni parkur rekorunun sahibi oldu.",
    byline: "Haber: Kerem Aksoy", authors: ["Kerem Aksoy"], image: "marathon", tags: ["Koşu"],
    body: [
      p("Sabah 09.00'da Cumhuriyet Meydanı'ndan başlayan yarış neredeyse tamamen yağmur altında koşuldu. Koşucular, parkurun en zorlu bölümü olan Değirmendere Köprüsü'nü rüzgârla boğuşarak geçti."),
      p("Kadınlarda yalnızca ikinci yarı maratonunu koşan 23 yaşındaki Hatice Yalçın, 1:12:40'lık derecesiyle parkur rekorunu 48 saniye geliştirdi. Erkeklerde ise Serkan Bulut birinci oldu."),
      p("Organizasyon komitesi, soğuk nedeniyle su istasyonlarında sıcak çay da dağıtıldığını belirtti. Yarışın tüm sonuçları koşu kulübünün internet sitesinde yayımlandı."),
    ],
  },
  {
    slug: "yaliboyu-ortaokulu-kiz-voleybol-takimi-bolge-sampiyonu-oldu", section: "spor", age: 60 * 24 * 16, offset: "Z",
    title: "Yalıboyu Ortaokulu kız voleybol takımı bölge şampiyonu oldu",
    summary: "Okul sporları bölge finalinde rakibini 3-1 yenen takım, şubatta yapılacak Türkiye yarı finallerinde kenti temsil edecek.",
    byline: "Haber: Zeynep Arslan", authors: ["Zeynep Arslan"],
    body: [
      p("Finalde ilk seti kaybeden Yalıboyu Ortaokulu, sonraki üç seti üst üste alarak kupayı kaldırdı. Takım kaptanı Ece Yurt, turnuvanın en değerli oyuncusu seçildi."),
      p("Okulun kapalı spor salonu olmadığı için takım, iki yıldır antrenmanlarını haftada üç akşam belediyenin spor merkezinde yapıyor."),
      q("Salon bulamadığımız günlerde kızlar okul bahçesinde bile çalıştı. Bu kupa o akşamların karşılığı.", "Beden eğitimi öğretmeni Gülay Avcı"),
    ],
  },
];

// The live page: a citywide earthquake and tsunami drill, told in short
// posts over an afternoon. Oldest first here; the files list them newest first.
export const LIVE = [
  {
    slug: "kiyikentte-buyuk-deprem-ve-tsunami-tatbikati",
    title: "Kıyıkent'te büyük deprem ve tsunami tatbikatı: canlı takip",
    summary: "Körfezde 7,1 büyüklüğünde deprem ve ardından tsunami senaryosuyla kıyı mahalleleri boşaltılıyor. Sirenlerden, tahliyeden ve toplanma alanlarından son durum bu sayfada.",
    section: "gundem",
    image: "lighthouse",
    age: 200,
    status: "live",
    pinned: "tatbikat-05",
    key_events: ["tatbikat-03", "tatbikat-07", { id: "tatbikat-12", title: "Tahliye 38 dakikada tamamlandı" }],
    posts: [
      { id: "tatbikat-01", age: 195, title: "Takip başlıyor", body: [p("İyi günler. Valilik ile Kıyıkent Belediyesi'nin ortaklaşa düzenlediği büyük deprem ve tsunami tatbikatı saat 15.00'te başlıyor. Gelişmeleri bu sayfadan anbean aktaracağız.")] },
      { id: "tatbikat-02", age: 188, body: [p("Senaryoya göre körfezde 7,1 büyüklüğünde bir deprem olacak ve yaklaşık 20 dakika sonra ilk dalganın kıyıya ulaştığı varsayılacak. Kent genelindeki 62 siren aynı anda çalacak.")] },
      { id: "tatbikat-03", age: 180, title: "Sirenler çaldı", body: [p("Saat tam 15.00'te kent genelinde sirenler çalmaya başladı. Okullarda ve kamu binalarında ilk adım olarak “çök, kapan, tutun” hareketi yapıldı.")] },
      { id: "tatbikat-04", age: 174, byline: "Haber: Deniz Korkmaz, Yalıboyu'ndan", body: [p("Sahil yolundaki kafelerde oturanlar, görevlilerin yönlendirmesiyle Tepecik yönüne yürümeye başladı. Panik yok; birçok kişi telefonundan tahliye haritasına bakarak ilerliyor.")] },
      {
        id: "tatbikat-05", age: 168, title: "Kıyıdaysanız ne yapmalısınız?",
        body: [
          p("İl afet koordinasyon merkezi, kıyı şeridinde yaşayanlara şu uyarıları yineliyor:"),
          list(
            "Sarsıntı sırasında çökün, kapanın, tutunun; sarsıntı bitene kadar yerinizden kalkmayın.",
            "Sarsıntı biter bitmez kıyıdan uzaklaşın; denizin çekilmesini ya da bir anons yapılmasını beklemeyin.",
            "Araca binmeyin, en yakın yüksek noktaya yürüyerek çıkın.",
            "Yalnız yaşayan yaşlı ve engelli komşularınızı unutmayın.",
          ),
        ],
      },
      { id: "tatbikat-06", age: 160, body: [p("Liman ağzındaki çelik kapaklar tatbikat kapsamında kapatıldı. Balıkçılar teknelerini bağlayıp karaya çıktı, limandaki tüm deniz trafiği durduruldu.")] },
      { id: "tatbikat-07", age: 151, title: "Fenerburnu boşaltıldı", body: [p("Kentin denize en açık noktası olan Fenerburnu'nda yaklaşık 1.200 kişinin yaşadığı mahalle 22 dakikada boşaltıldı. Bölgeden en son fener bekçisi ayrıldı.")] },
      { id: "tatbikat-08", age: 142, body: [q("Gerçek bir depremde bu kadar vaktimiz olmayabilir. Bugün insanların nereye gideceğini bildiğini gördük; aksayan noktaları da tek tek not ediyoruz.", "Vali Yardımcısı Nesrin Aydın, koordinasyon merkezinde")] },
      { id: "tatbikat-09", age: 131, body: [img("lighthouse", "Kayalık burunda yükselen beyaz deniz feneri", "Tahliyenin ardından Fenerburnu'nda fenerin çevresi bomboş kaldı.")] },
      {
        id: "tatbikat-10", age: 120,
        body: [{ type: "paragraph", text: [
          { text: "Kendi mahallenize en yakın yüksek noktayı belediyenin " },
          { text: "tahliye ve toplanma alanları haritasından", link: "https://kiyikent-belediyesi.example/toplanma-alanlari" },
          { text: " öğrenebilirsiniz. Harita telefonda da açılıyor." },
        ] }],
      },
      { id: "tatbikat-11", age: 104, updated: 90, title: "Çınarlı'da iki siren çalmadı", body: [p("Çınarlı Mahallesi'ndeki iki sirenin çalmadığı, mahalleliye zabıta araçlarından anonsla haber verildiği bildirildi. Belediye arızanın pazartesi giderileceğini açıkladı. Bu gönderi düzeltildi: İlk sürümde çalışmayan siren sayısı üç olarak yazılmıştı.")] },
      { id: "tatbikat-12", age: 88, title: "Tahliye 38 dakikada tamamlandı", body: [p("Koordinasyon merkezine göre kıyı şeridindeki yaklaşık 14 bin kişinin toplanma alanlarına ulaşması 38 dakika sürdü. Senaryodaki hedef 45 dakikaydı.")] },
      { id: "tatbikat-13", age: 70, body: [p("Tepecik toplanma alanında gönüllüler sıcak çorba ve çay dağıtıyor. Çocuklar için kurulan çadırda itfaiyeciler, deprem çantasında neler bulunması gerektiğini anlatıyor.")] },
      { id: "tatbikat-14", age: 40, byline: "Haber: Kıyıkent Postası gündem masası", body: [p("Tatbikatın sahadaki bölümü sona erdi. Sahil yolu trafiğe yeniden açıldı, liman kapakları indiriliyor. Koordinasyon merkezi, tatbikatın değerlendirme raporunu önümüzdeki hafta yayımlayacak.")] },
    ],
  },
];

// Stories the newsroom simulator publishes while it runs.
export const POOL = [
  {
    slug: "sahil-yolunda-gece-asfalt-calismasi", section: "gundem",
    title: "Sahil yolunda gece asfalt çalışması",
    summary: "Yalıboyu ile liman arasındaki yol, üç gece boyunca 23.00 ile 05.00 arasında trafiğe kapalı olacak.",
  },
  {
    slug: "semt-pazarinda-mandalina-bollugu", section: "ekonomi",
    title: "Semt pazarında mandalina bolluğu",
    summary: "Hasadın erken başlamasıyla mandalinanın kilosu geçen haftaya göre belirgin biçimde ucuzladı.",
  },
  {
    slug: "kent-kutuphanesi-sinav-doneminde-gece-de-acik", section: "yasam",
    title: "Kent kütüphanesi sınav döneminde gece de açık",
    summary: "Öğrenciler ocak ayı sonuna kadar kütüphanede gece yarısına kadar çalışabilecek.",
  },
  {
    slug: "genclikspor-uzatmada-buldugu-golle-bir-puani-kurtardi", section: "spor",
    title: "Gençlikspor uzatmada bulduğu golle bir puanı kurtardı",
    summary: "Deplasmanda geriye düşen Kıyıkent Gençlikspor, uzatma dakikalarında attığı kafa golüyle sahadan beraberlikle ayrıldı.",
  },
];
