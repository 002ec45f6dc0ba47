"""Build the built-in data set ``resources/data/xiaomi-ai-timeline.json``.

Every fact, date, name and URL here comes from the team's fact sheet
(``shared/data/facts.md``); nothing is added from elsewhere. Where the fact sheet says
"not found", the field is left out. The data is written in Python only because helpers keep
it short and consistent (related links both ways, one place per source); the JSON file is
what ships, and ``tests/unit/test_builtin_data.py`` checks that the two agree.

Usage: ``python tools/build_builtin_data.py`` writes the file; ``--check`` exits 1 if the
committed file differs from what this script builds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "data" / "xiaomi-ai-timeline.json"

Json = dict[str, Any]
Claims = list[tuple[str, list[str]]]


def tx(en: str, id_: str | None = None) -> dict[str, str]:
    """English text, with its Indonesian translation when we have a faithful one."""
    return {"en": en, "id": id_} if id_ else {"en": en}


def _compact(**fields: Any) -> Json:
    """Drop fields that are None or empty so the JSON stays readable."""
    return {key: value for key, value in fields.items() if value not in (None, (), [], "")}


# --------------------------------------------------------------------------------------------
# Document metadata
# --------------------------------------------------------------------------------------------

TITLE = tx("Xiaomi and AI: a sourced timeline", "Xiaomi dan AI: linimasa bersumber")
DESCRIPTION = tx(
    "The events behind an Indonesian news article of late December 2024 on Xiaomi hiring "
    "Luo Fuli and investing in AI, checked against public sources, with later developments "
    "up to 2026. Every event cites its sources; where sources disagree, the event says so.",
    "Peristiwa di balik sebuah artikel berita berbahasa Indonesia dari akhir Desember 2024 "
    "tentang Xiaomi yang merekrut Luo Fuli dan berinvestasi di bidang AI, diperiksa "
    "terhadap sumber publik, beserta perkembangan selanjutnya hingga 2026. Setiap peristiwa "
    "mencantumkan sumbernya; jika sumber-sumber tidak sepakat, peristiwa itu menyebutkannya.",
)
DOCUMENT_NOTES = [
    tx(
        "The seed article (S00) is an Indonesian machine translation of an AIbase article. "
        "Its 'this year' (tahun ini) is 2024: the Chinese texts with the same content say "
        "'November this year' (今年11月) on pages dated December 2024 (S01, S04), and the "
        "article mentions the GPU-cluster report first published on 2024-12-26. Its exact "
        "publication date was not found; it is no earlier than 2024-12-26 and most likely "
        "around 2024-12-29/30.",
        "Artikel sumber (S00) adalah terjemahan mesin berbahasa Indonesia dari sebuah "
        "artikel AIbase. 'Tahun ini' dalam artikel itu adalah 2024: teks berbahasa Tionghoa "
        "dengan isi yang sama menulis 'November tahun ini' (今年11月) di halaman bertanggal "
        "Desember 2024 (S01, S04), dan artikel itu menyebut laporan klaster GPU yang pertama "
        "terbit pada 2024-12-26. Tanggal terbitnya yang pasti tidak ditemukan; paling awal "
        "2024-12-26 dan kemungkinan besar sekitar 2024-12-29/30.",
    ),
    tx(
        "Known mistranslations in the seed, corrected on the events concerned: "
        "'Kementerian Lingkungan Hidup' (Ministry of Environment) stands for 'MoE' "
        "(Mixture-of-Experts); 'Huanquan Quantification' is High-Flyer Quant (幻方量化); "
        "'puluhan juta' (tens of millions) renders 千万, an annual salary at the "
        "ten-million-yuan level; 'di Tiongkok' (in China) should be 'Chinese-language "
        "ability'; 'pasca-95' means the post-'95 generation; the GPU cluster's scale 'is "
        "expected to grow' should be 'has greatly increased'; and 'Lei Jun personally leads "
        "this work' is stronger than the primary report ('played an important leadership "
        "role').",
        "Salah terjemahan yang diketahui dalam artikel sumber, dikoreksi pada peristiwa "
        "terkait: 'Kementerian Lingkungan Hidup' sebenarnya 'MoE' (Mixture-of-Experts); "
        "'Huanquan Quantification' adalah High-Flyer Quant (幻方量化); 'puluhan juta' "
        "menerjemahkan 千万, yaitu gaji tahunan di tingkat sepuluh juta yuan; 'di Tiongkok' "
        "seharusnya 'kemampuan berbahasa Tionghoa'; 'pasca-95' berarti generasi kelahiran "
        "1995 ke atas; skala klaster GPU yang 'diperkirakan akan meningkat' seharusnya "
        "'telah meningkat pesat'; dan 'Lei Jun secara pribadi memimpin pekerjaan ini' lebih "
        "kuat daripada laporan aslinya ('memainkan peran kepemimpinan yang penting').",
    ),
    tx(
        "Status: 'confirmed' means at least two independent sources, or a primary record, "
        "agree (a low-reliability page is never the only basis); 'reported' means a single "
        "source or a claim nobody confirmed; 'disputed' means sources disagree on what "
        "happened or on a key detail such as the date. Each conflict lists every side with "
        "its sources.",
        "Status: 'confirmed' (terkonfirmasi) berarti setidaknya dua sumber independen, atau "
        "satu catatan primer, sepakat (halaman berkeandalan rendah tidak pernah menjadi "
        "satu-satunya dasar); 'reported' (dilaporkan) berarti satu sumber atau klaim yang "
        "tidak dikonfirmasi siapa pun; 'disputed' (diperdebatkan) berarti sumber-sumber "
        "tidak sepakat tentang apa yang terjadi atau tentang rincian penting seperti "
        "tanggal. Setiap konflik mencantumkan semua pihak beserta sumbernya.",
    ),
    tx(
        "Dates carry only the precision the sources give: '2019' is some time in 2019. "
        "Dates marked 'from URL' were read from a page's address. The seed's opinions and "
        "forecasts (e.g. that Xiaomi sees AI as a main driver, or whether it will stand out) "
        "are not on the timeline. Tag 'seed-article': the seed article states this fact or "
        "a fact this event establishes; 'later-development': after the seed article.",
        "Tanggal hanya setepat yang diberikan sumber: '2019' berarti suatu waktu pada 2019. "
        "Tanggal bertanda 'from URL' dibaca dari alamat halaman. Opini dan prakiraan dalam "
        "artikel sumber tidak dimasukkan ke linimasa. Tag 'seed-article': artikel sumber "
        "menyatakan fakta ini; 'later-development': terjadi setelah artikel sumber.",
    ),
]

# Distinct hues, each with a contrast of at least 3:1 against both white and #1E1E1E
# (relative luminance 0.15-0.30), drawn from the Okabe-Ito and Paul Tol palettes.
CATEGORIES: list[Json] = [
    {"id": "person", "label": tx("Person", "Tokoh"), "color": "#CC79A7"},
    {"id": "education", "label": tx("Education", "Pendidikan"), "color": "#0077BB"},
    {"id": "research", "label": tx("Research", "Riset"), "color": "#009E73"},
    {"id": "career", "label": tx("Career", "Karier"), "color": "#D55E00"},
    {"id": "organization", "label": tx("Organization", "Organisasi"), "color": "#8E6BBF"},
    {"id": "product", "label": tx("Product", "Produk"), "color": "#C27C0E"},
    {"id": "investment", "label": tx("Investment", "Investasi"), "color": "#999933"},
    {"id": "regulatory", "label": tx("Regulatory", "Regulasi"), "color": "#888888"},
    {"id": "hiring", "label": tx("Hiring", "Perekrutan"), "color": "#EE3377"},
    {"id": "infrastructure", "label": tx("Infrastructure", "Infrastruktur"), "color": "#1F9BB8"},
]


# --------------------------------------------------------------------------------------------
# Sources (facts.md section 7)
# --------------------------------------------------------------------------------------------


def src(
    id_: str,
    title: dict[str, str],
    publisher: str | None = None,
    *,
    date: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    rel: str = "medium",
    note: str | None = None,
) -> Json:
    return _compact(
        id=id_, title=title, publisher=publisher, date=date, url=url, language=lang,
        reliability=rel, note=note,
    )


ZH, ZHT = "zh-Hans", "zh-Hant"

SOURCES: list[Json] = [
    src("S00", tx("Seed article: Indonesian machine translation of an AIbase article"),
        "AIbase (Indonesian copy on DownCodes)", url="https://downcodes.com/id/wz/219157.html",
        lang="id",
        note="Publication date not found; estimated late December 2024 (no earlier than "
        "2024-12-26). Other language versions: https://www.aibase.com/de/news/14345 (German), "
        "https://aibase.com/in/news/14345 (Hindi). Contains mistranslations (see the "
        "document notes)."),
    src("S01", tx("Chinese text of the seed's content"), "feifmx.com", date="2024-12-30",
        url="https://feifmx.com/socialgd/10000169/20241230/47806724_all.html", lang=ZH,
        rel="low",
        note="Date from URL. Mirror. Attributes the R&D forecast to 卢伟冰 (Lu Weibing); "
        "mentions 59 open positions."),
    src("S02", tx("Similar Chinese text"), "hbcasj.com", date="2025-01-01",
        url="http://m.hbcasj.com/socialgd/10000169/20250101/47816655_all.html", lang=ZH,
        rel="low", note="Date from URL."),
    src("S03", {ZH: "雷军捧千万 挖角AI天才少女"}, "cn.bg3.co",
        url="https://cn.bg3.co/a/lei-jun-peng-qian-mo-wa-jiao-aitian-cai-shao-nu.html", lang=ZH,
        note="Says '据《证券时报》报导' (according to Securities Times); photo credit 中新社. "
        "Written in 2025 ('去年11月'); page date not shown."),
    src("S04", tx("Chinese text with the same content"), "jur.com.cn", date="2024-12",
        url="http://jur.com.cn/keji/202412/67845.html", lang=ZH, rel="low",
        note="Date from URL."),
    src("S05", {ZH: "小米正搭建GPU万卡集群,将对AI大模型大力投入"}, "EEPW blog", date="2024-12-30",
        url="http://www.j9360.com/zhuanlan/353303.html", lang=ZH,
        note="Republishes the Jiemian report; cites Yicai of 2024-12-20."),
    src("S06", {ZH: "消息称小米正搭建GPU万卡集群 加大AI大模型投入"}, "TechWeb (周小白)",
        date="2024-12-26", url="http://llxingyuan.com/news/12129.html", lang=ZH,
        note="Published 2024-12-26 13:30."),
    src("S07", {"en": "Xiaomi accelerates AI push with 10,000-GPU cluster"},
        "Jiemian (English), by Wu Yangyu", url="https://m.jiemian.com/article/12172340.html",
        lang="en", note="Date not shown."),
    src("S08", {"en": "Xiaomi Builds GPU Cluster with 10,000 Cards ..."}, "uuaa.net",
        date="2024-12-27", url="https://uuaa.net/ainews/dDA49NKn.html", lang="en"),
    src("S09", {"en": "Xiaomi is actively building a GPU cluster with 10,000 GPU cards ..."},
        "redplanx", date="2024-12-27", url="https://api.redplanx.com/html/news/2154671.html",
        lang="en", note="Published 2024-12-27 08:04."),
    src("S10", tx("ETNet 經濟通 news item (MiLM filing '今年5月')"), "ETNet 經濟通",
        date="2024-12-27",
        url="http://202.62.215.20/www/tc/warrants/realtime/quote_news_detail.php?code=25431"
        "&newsid=ETN341227214&page=1", lang=ZHT),
    src("S11", {ZHT: "小米被曝正搭建GPU萬卡集群"}, "Guancha (吕栋)", date="2024-12-26",
        url="http://dosane.com/economy/2024_12_26_760152.shtml", lang=ZHT, rel="low",
        note="Date from URL. Mirror."),
    src("S12", {ZH: "独家丨小米成立AI平台部,任命张铎为AI平台负责人"},
        "Leiphone (雷峰网), by 李东辉, edited by 王川", lang=ZH,
        note="Exclusive. Stored copy has no URL or date; context suggests mid-November 2024."),
    src("S13", {"en": "Xiaomi Founder Lei Jun Comments on Large-Scale Models and AIGC"},
        "Pandaily", date="2023-04",
        url="https://pandaily.com/xiaomi-founder-lei-jun-comments-on-large-scale-models-and-aigc/",
        lang="en"),
    src("S14", {"en": "Lu Weibing: It Will Not Be A General-purpose Large Model Like OpenAI ..."},
        "Gizcoupon", date="2023-05-26",
        url="https://gizcoupon.com/2023/05/26/lu-weibing-it-will-not-be-a-general-purpose-large"
        "-model-like-openai-and-xiaomi-car-making-business-is-progressing-smoothly/",
        lang="en"),
    src("S15", tx("Jiazi Light Years on Lei Jun's 2023 annual speech and MiLM"),
        "Jiazi Light Years via AICoin", date="2023-08",
        url="https://www.aicoin.com/en/article/361312", lang="en"),
    src("S16", {"en": "Lei Jun Unveils Xiaomi's High-End Transformation in Anniversary Speech"},
        "Pandaily",
        url="https://pandaily.com/lei-jun-unveils-xiaomis-high-end-transformation-in"
        "-anniversary-speech/", lang="en", note="On the 2023-08-14 speech; page date not shown."),
    src("S17", {"en": "Xiaomi is rumored to be expanding ... GPU computing cluster"}, "Mashdigi",
        url="https://en.mashdigi.com/xiaomi-is-rumored-to-be-expanding-and-establishing-its-own"
        "-gpu-computing-cluster-to-promote-the-development-of-its-artificial-intelligence"
        "-application-services/", lang="en", note="Date not shown."),
    src("S18", tx("2024 World Intelligent Connected Vehicles Conference (Lei Jun: 24bn / >30bn)"),
        "ITBear", date="2024-10", url="http://itbear.com.cn/html/2024-10/548727.html", lang=ZH,
        note="Also http://c3573g9.cn/24943.html (10-17) and "
        "https://m.dancihu.com/article/71705.html (10-17)."),
    src("S19", {ZHT: "雷軍:小米今年研發投入預計超過240億元"}, "觀點網 via lotmg.com",
        url="https://lotmg.com/a/lei-jun-xiao-mi-jin-nian-yan-fa-tou-ru-yu-ji-chao-guo-240yi"
        "-yuan.html", lang=ZHT, note="On the 10-29 Xiaomi 15 launch; page date not shown."),
    src("S20", {"en": "Smartphones, EVs fuel record Xiaomi sales"}, "Mobile World Live",
        url="https://www.mobileworldlive.com/xiaomi/smartphones-evs-fuel-record-xiaomi-sales/",
        lang="en",
        note="FY2024 results: R&D 24.1bn yuan; 2025 about 30bn, about a quarter to AI. "
        "Date not shown."),
    src("S21", tx("AIbase 15818: Lei Jun at the Xiaomi 15 Ultra / SU7 Ultra launch"),
        "AIbase (Hindi)", url="https://aibase.com/in/news/15818", lang="hi",
        note="On the 2025-02-27 launch; page date not shown."),
    src("S22", tx("Xiaomi 12 launch: '未來五年...超1000億'"), "HKCD 香港商報", date="2021-12-29",
        url="https://hkcd.com/hkcdweb/content/2021/12/29/content_1314946.html", lang=ZHT,
        rel="high"),
    src("S23", {"en": "Xiaomi CEO highlights global recognition of Chinese tech innovation"},
        "ECNS", date="2025-03-05",
        url="http://www.ecns.cn/cns-wire/2025-03-05/detail-ihepiwyi1892738.shtml", lang="en"),
    src("S24", tx("NPC 'representative channel' (2021–2025: 105bn)"), "DownCodes (English)",
        date="2025-03", url="https://www.downcodes.com/wz/238363.html", lang="en", rel="low"),
    src("S25", tx("Lei Jun, 2026-01-08: the 2020 plan; 200bn over the next five years"),
        "ITBear", date="2026-01", url="https://www.itbear.com.cn/html/2026-01/1085044.html",
        lang=ZH, note="Date from URL. Also https://www.95890.com/blog-3211380.html"),
    src("S26a", tx("AAStocks flash: 15th anniversary, 200bn"), "AAStocks", date="2025-05-22",
        url="http://www.aastocks.com/sc/stocks/news/aafn-con/GLH1921408L/latest-news/GLH",
        lang=ZH),
    src("S26b", {ZH: "小米15周年,雷军只发布了产品"}, "电厂", date="2025-05-22",
        url="http://game.fadeduo.com/news/29116.html", lang=ZH, rel="low",
        note="Mirror. Past five years: 102bn."),
    src("S26c", tx("2025-05 launch: 2000亿"), "东方头条/dtm",
        url="http://m.dtm.com.cn/news/202505/109162.html", lang=ZH, rel="low"),
    src("S27", {"en": "Lu Weibing: Xiaomi's automotive division ..."},
        "Wallstreetcn via Longbridge", date="2025-11-18",
        url="https://longbridge.cn/news/266370484", lang="en",
        note="R&D above 30bn in 2025; above 200bn over five years."),
    src("S28", {"en": "Towards Fine-grained Text Sentiment Transfer"}, "ACL Anthology (P19-1194)",
        date="2019-07", url="https://aclanthology.org/P19-1194", lang="en", rel="high",
        note="ACL 2019, 57th Annual Meeting, Florence, Italy; pp. 2013–2022."),
    src("S29", {"en": "Learning to Control the Fine-grained Sentiment for Story Ending "
                "Generation"}, "ACL Anthology (P19-1603)", date="2019-07",
        url="https://aclanthology.org/P19-1603", lang="en", rel="high",
        note="ACL 2019; pp. 6020–6026."),
    src("S30", tx("PKU Institutional Repository record for P19-1194 (affiliations)"),
        "Peking University Institutional Repository",
        url="https://ir.pku.edu.cn/handle/20.500.11897/552788?mode=full", rel="high"),
    src("S31", tx("Forum repost of a profile (Zhihu clarification: one long and one short "
                  "submission)"), "hutong9 forum",
        url="http://www.hutong9.net/forum.php?extra=page%3D1&mod=viewthread&tid=557326",
        lang="zh", rel="low"),
    src("S32", {ZHT: "\"請不要神化。\""}, "环球人物 (Global People) via 文学城", date="2025-02-19",
        url="https://zh.wenxuecity.com/news/2025/02/19/socialnews-252342.html", lang=ZHT),
    src("S33", {ZHT: "年薪千萬,天才少女求放過"}, "最人物 via 文学城", date="2025-12-08",
        url="https://zh.wenxuecity.com/news/2025/12/08/126440510.html", lang=ZHT,
        note="Same text: http://stmtest.migage.com/news/yeeyi/details/2897162"),
    src("S34", {"vi": "Nữ thiên tài AI chính thức gia nhập với Xiaomi"}, "Zing News (znews.vn)",
        date="2025-11-13",
        url="https://znews.vn/nu-thien-tai-ai-chinh-thuc-gia-nhap-voi-xiaomi-post1602356.html",
        lang="vi"),
    src("S35", tx("CafeF article on Luo Fuli officially joining Xiaomi"), "CafeF",
        date="2025-11-17",
        url="https://cafef.vn/than-dong-ai-cuu-nha-nghien-cuu-deepseek-chinh-thuc-gia-nhap"
        "-xiaomi-huong-den-tuong-lai-moi-cho-ai-1882511171604122.chn", lang="vi"),
    src("S36", {ZH: "罗福莉执掌小米大模型首秀!...MiMo-V2开源..."}, "InfoQ China", date="2025-12-17",
        url="https://www.infoq.cn/article/h4z0Jtcxg8yai3dRpLeP", lang=ZH),
    src("S37a", tx("Partner conference: Luo Fuli's debut"), "Anue 鉅亨網", date="2025-12-18",
        url="https://news.cnyes.com/news/id/6280124", lang=ZHT),
    src("S37b", tx("MiMo-V2-Flash release"), "Anue 鉅亨網", date="2025-12-17",
        url="https://news.cnyes.com/news/id/6278654", lang=ZHT),
    src("S38", tx("The 2025-12-17 partner conference (V2-Flash open-sourced the day before; "
                  "200bn)"), "羊城派 (Yangcheng Evening News)",
        url="https://ycpai.ycwb.com/content/ikinvjitjl/content_53856983.html?isShare=true",
        lang=ZH, note="Page date not shown."),
    src("S39", {"en": "Xiaomi MiMo-V2-Flash: The 309B AI Model Built for Speed"}, "AdwaitX",
        url="https://www.adwaitx.com/xiaomi-mimo-v2-flash-ai-model-review-benchmarks", lang="en",
        note="Says 'released December 16, 2025'. Page date not shown."),
    src("S40", tx("GitHub README, XiaomiMiMo/MiMo-V2-Flash"), "GitHub (XiaomiMiMo)", lang="en",
        rel="high", note="Model specifications. URL not recorded in the fact sheet."),
    src("S40b", tx("GitHub README, XiaomiMiMo/MiMo"), "GitHub (XiaomiMiMo)", lang="en",
        rel="high",
        note="MiMo-7B specifications; 2025-05-30 RL-0530 update. URL not recorded in the "
        "fact sheet."),
    src("S41", {"en": "Xiaomi launches its first inference open-source large model Mimo!"},
        "Wallstreetcn via Longbridge", date="2025-04-30",
        url="https://web-origin.lbkrs.com/news/238192177", lang="en"),
    src("S42", {"en": "Smartphone giant Xiaomi unveils AI model, joining fierce competition in "
                "China"}, "South China Morning Post",
        url="https://www.scmp.com/tech/big-tech/article/3308483/smartphone-giant-xiaomi-unveils"
        "-ai-model-joining-fierce-competition-china", lang="en",
        note="No date in the stored copy; written around the MiMo-7B launch (late April / "
        "early May 2025). Says Luo 'ultimately declined the offer'."),
    src("S43", {"en": "Xiaomi enters China's AI race ..."}, "TechEDT",
        url="https://www.techedt.com/xiaomi-enters-chinas-ai-race-with-new-model-to-power-smart"
        "-devices", lang="en", rel="low", note="Says 'On April 26'."),
    src("S44", {"en": "Xiaomi MiMo-VL Open Source Model ..."}, "AITide",
        url="https://aitide.news/article/18521", lang="en", note="Screenshot dated 20250530."),
    src("S44b", {"en": "Xiaomi unveils MiMo open-source AI model for reasoning"}, "FoneArena",
        url="https://www.fonearena.com/blog/452648/xiaomi-mimo-open-source-ai-model.html",
        lang="en"),
    src("S45", tx("Summary: April MiMo, May MiMo-VL, October paper, November joining, "
                  "6,500 → 10,000 GPUs"), "xyk126.net", date="2025-12",
        url="http://www.xyk126.net/html/2025-12/1041245.html", lang=ZH, rel="low",
        note="Date from URL."),
    src("S46", {ZH: "小米最新大模型成果!罗福莉现身了"}, "Qbitai 量子位 via ZAKER", date="2025-10",
        url="https://app.myzaker.com/news/article.php?m=1760678419&pk=68f1d0408e9f09359e7b114f",
        lang=ZH, note="About 2025-10-17. Also https://web-origin.lbkrs.com/news/261556079"),
    src("S47", {"vi": "Xiaomi lôi kéo thành công nữ thiên tài AI"}, "Zing News",
        date="2025-10-17",
        url="https://znews.vn/xiaomi-loi-keo-thanh-cong-nu-thien-tai-ai-post1594497.html",
        lang="vi"),
    src("S48", {"fr": "Xiaomi a-t-il recruté la fille génie de l'IA"}, "Vietnam.vn (FR)",
        url="https://www.vietnam.vn/fr/xiaomi-co-duoc-nu-thien-tai-ai", lang="fr", rel="low"),
    src("S49", {"en": "Luo Fuli's first Xiaomi achievement! Open-source embodied large model"},
        "Longbridge", url="https://longbridge.cn/news/267005012", lang="en"),
    src("S50", {ZH: "小米陈龙团队首作..."}, "iaiol.com",
        url="https://www.iaiol.com/xiao-mi-chen-long-tuan-dui-shou-zuo-tong-yi-ju-shen-yu-zi"
        "-dong-jia-shi-de-kai-yuan-mo-xing", lang=ZH, note="On MiMo-Embodied authorship."),
    src("S51", {"en": "MiMo-Embodied: X-Embodied Foundation Model Technical Report"},
        "arXiv 2511.16518 (Xiaomi Embodied Intelligence Team)",
        url="https://arxiv.org/html/2511.16518v1", lang="en", rel="high",
        note="Month (2025-11) from the arXiv identifier."),
    src("S52", tx("Alumni profile of Luo Fuli"), "Peking University News (English)",
        date="2026-01-15", url="https://newsen.pku.edu.cn/news_events/news/people/15385.html",
        lang="en", rel="high"),
    src("S53", tx("AIbase 23359: Lu Weibing 'Douyin live stream' story"), "AIbase",
        url="https://www.aibase.com/news/23359", lang="en", rel="low",
        note="Undated; details uncorroborated. Chinese copies: "
        "https://news.aibase.com/tw/news/23359, http://www.lnhygc.com.cn/news/202512/90363.html"),
    src("S54", {ZHT: "騰訊與小米布局AI下半場"}, "Yahoo News TW", date="2025-12-25",
        url="https://tw.news.yahoo.com/%E9%A8%B0%E8%A8%8A%E8%88%87%E5%B0%8F%E7%B1%B3%E5%B8%83"
        "%E5%B1%80ai%E4%B8%8B%E5%8D%8A%E5%A0%B4-201000475.html", lang=ZHT),
    src("S55", {"en": "Chinese 'AI genius girl' Luo Fuli asks media for peace ..."},
        "VnExpress International", date="2025-11-18",
        url="https://e.vnexpress.net/news/tech/personalities/chinese-ai-genius-girl-luo-fuli-asks"
        "-media-for-peace-to-focus-on-difficult-but-right-things-4964809.html", lang="en"),
    src("S56", {"en": "AI 'genius girl' Luo Fuli ..."}, "The Independent SG", date="2025-10-29",
        url="https://theindependent.sg/ai-genius-girl-luo-fuli-the-30-y-o-behind-deepseeks"
        "-success-once-struggled-with-computer-science-but-now-gets-s1-9-million-job-offer/",
        lang="en",
        note="Says ACL 2019 was 'in China' (it was in Florence) and that she 'moved to "
        "DeepSeek in 2022'."),
    src("S57a", {"en": "DeepSeek-V2 ..."}, "AImpact timeline",
        url="https://aimpact.prandi.net/en/events/2024-05-06-deepseek-v2/", lang="en",
        note="Gives the release as 2024-05-06."),
    src("S57b", {"en": "DeepSeek releases DeepSeek-V2 ..."}, "oneyearago.ai",
        url="https://oneyearago.ai/news/2024-05-07-deepseek-v2/", lang="en",
        note="arXiv paper submitted 2024-05-07."),
    src("S57c", {"en": "DeepSeek-V2"}, "AI/TLDR", url="https://ai-tldr.dev/models/deepseek-v2/",
        lang="en", note="Released 2024-05."),
    src("S58", {"en": "Xiaomi's AI Ambition: DeepSeek Talent Joins ..."}, "traefik.me mirror",
        url="https://forntend-test-5sqwmq-3a22a9-107-172-80-230.traefik.me/xiaomi-s-ai-ambition"
        "-deepseek-talent-joins-as-company-bets-big-on-smart-devices-1764907451411",
        lang="en", rel="low", note="Mirror. Says 'up to 10 million yuan'."),
    src("S59a", {"en": "High-Flyer"}, "WikiMili", url="https://wikimili.com/en/High-Flyer",
        lang="en", note="Incorporated February 2016."),
    src("S59b", {"en": "High-Flyer (company)"}, "Wikipedia mirror",
        url="https://wiki.riteme.site/wiki/High-Flyer_(company)", lang="en", rel="low",
        note="Mirror. Founded 2015."),
    src("S59c", tx("DeepSeek founded 2023-07; R1 2025-01-20"), "dapingtime",
        url="https://dapingtime.com/article/1115.html"),
    src("S60a", {"en": "Alibaba DAMO Academy"}, "China Banking News (wiki)",
        url="https://www.chinabankingnews.com/wiki/alibaba-damo-academy/", lang="en",
        note="Gives 2017-10-11."),
    src("S60b", {"en": "Alibaba establishes DAMO Academy ..."}, "GMW/Xinhua", date="2017-10-12",
        url="http://en.gmw.cn/2017-10/12/content_26490094.htm", lang="en"),
    src("S61a", tx("Lei Jun's letter before the listing"), "Xiaomi (Lei Jun)",
        url="http://3.124.21.42/xiaomi-lei-jun-let-us-witness-a-great-milestone-together",
        lang="en", rel="high",
        note="'founded Xiaomi ... on April 6, 2010'. Stored at a bare IP address."),
    src("S61b", {"en": "Focus on Xiaomi's listing in Hong Kong"}, "westdollar",
        url="http://westdollar.com/sbdm/topic/XMDIPOZL/", lang="en",
        note="2018-07-09, 01810.HK."),
    src("S61c", tx("China Entrepreneur on Xiaomi's listing (July 9; Kingsoft)"),
        "fonow/China Entrepreneur", url="http://www.fonow.com/news/211813.html", lang=ZH),
    src("S62a", tx("Jiemian (伍洋宇) on Lu Weibing"), "Jiemian via gzcsmx",
        url="http://www.gzcsmx.com/article/13492517.html", lang=ZH,
        note="2019 Redmi general manager; 2020 partner; group president two years later; "
        "2024 phone division."),
    src("S62b", tx("Wang Xiang steps down as president on 30 December; Lu Weibing succeeds "
                   "him"), "CEOTech / Avalanche Notícias",
        url="https://ceotech.it/xiaomi-prossimo-cambio-ai-vertici", lang="it",
        note="The year (2022) comes from context and from S62a."),
    src("S62c", tx("'欢迎卢伟冰' (formerly Gionee president)"), "easyfang", date="2019-01-02",
        url="http://www.easyfang.com/a/2021/1231/tt01062213352020_2.html", lang=ZH, rel="low"),
    src("S63", tx("Lu Weibing biography (conflicting)"), "ChatGPT Global News",
        url="https://chatgptglobal.news/?p=12756", lang="en", rel="low"),
    src("S64", tx("宝玉 digest: '暂未决定' as of February 2025; supervisor 万小军"), "gudianfeng",
        url="https://gudianfeng.com/new/667982635248649216", lang=ZH, rel="low"),
    src("S65", tx("'雷军在直播里...' claim"), "5iphotoshop",
        url="http://5iphotoshop.com/guangxigupiaopeizi/102719.html", lang=ZH, rel="low"),
    src("S66", {ZHT: "雷軍挖了個95後天才少女「AI小蘿莉」:開出千萬年薪惡補大模型"}, "Wong CW blog",
        date="2024-12-30",
        url="https://blog.wongcw.com/2024/12/30/%e9%9b%b7%e8%bb%8d%e6%8c%96%e4%ba%86%e5%80%8b"
        "95%e5%be%8c%e5%a4%a9%e6%89%8d%e5%b0%91%e5%a5%b3%e3%80%8cai%e5%b0%8f%e8%98%bf%e8%8e%89"
        "%e3%80%8d%ef%bc%9a%e9%96%8b%e5%87%ba%e5%8d%83%e8%90%ac%e5%b9%b4", lang=ZHT,
        rel="low"),
    src("S67", {ZH: "千万年薪拿下95后天才少女,雷军梭哈AI了!"}, "李东阳 via wxredian",
        date="2025-01-01", url="https://wxredian.com/art?id=b79827ae78b278d7c9174910863c7102",
        lang=ZH),
    src("S68", tx("Page on MiMo-V2-Pro"), "66260.cn", date="2026-03",
        url="http://www.66260.cn/html/2026-03/1220863.html", lang=ZH, rel="low",
        note="Date from URL."),
    src("S69", {"en": "Corroborated launch details and new benchmarks (2026-03 → 2026-09)"},
        "GitHub-stored secondary knowledge-base file", lang="en",
        note="Section 'MiMo and Xiaomi' (index id 69076629434); repository not identified. "
        "Secondary compilation."),
    src("S70", tx("Sohu on the PKU interview"), "Sohu via Reportify", date="2026-01-14",
        url="https://reportify.ai/news/1208920698374983680", lang=ZH),
    src("S71", tx("Author lists naming 'Fuli Luo': DeepSeek LLM (arXiv 2401.02954), "
                  "DeepSeek-Coder (arXiv 2401.14196), DeepSeekMoE (ACL 2024)"),
        "arXiv / ACL", lang="en", rel="high", note="No URL recorded in the fact sheet."),
    src("S72", {"en": "Lei Jun: In the next five years, Xiaomi will focus on ... chips, AI, and "
                "operating systems"}, "Wallstreetcn via Longbridge", date="2026-02-24",
        url="https://longbridge.com/en/news/276701602", lang="en"),
    src("S73", tx("王扉 at the 2026 Optics Valley AI summit (2016 visual AI team; 2023 "
                  "large-model team)"), "雷递网 via 163.com", date="2026-01-31",
        url="https://www.163.com/dy/article/KKJSR4G10511A0EF.html", lang=ZH),
    src("S74", tx("DeepSeek-V3 released 2024-12-26"), "ai-kit.cn",
        url="https://ai-kit.cn/10071.html", lang=ZH),
    src("S75", tx("Lu Weibing biography page, Q1 2023 / The Paper content"),
        "ChatGPT Global News", url="https://chatgptglobal.news/?p=12756", lang="en", rel="low",
        note="Same page as S63; cited only for its Q1 2023 content (April 2023 team; more "
        "than 1,200 AI staff), which matches S14."),
    src("S76", tx("Kaiyuan Securities note on the Jiemian GPU report"), "AAStocks",
        url="http://aastocks.com/en/stocks/news/aafn-news/NOW.1406419/2", lang="en"),
    src("S77", tx("Luo Fuli in the DeepSeek Nature paper contributor list"),
        "36Kr Europe / 爱范儿", date="2025-09-19",
        url="https://eu.36kr.com/de/p/3473047797684616", lang="de",
        note="Also https://aitntnews.com/newDetail.html?newId=18395"),
    src("S78", {ZH: "AI天才罗福莉首秀引关注"}, "天脉网", date="2025-12-18",
        url="https://www.wdn.com.cn/shuju/202512/166203.html", lang=ZH,
        note="Also 21st Century (周智宇) via https://www.cjcn.com.cn/news/show-158408.html"),
    src("S79", tx("Reportify summaries (GPU cluster targets: Q3 2025; 2025–2026)"), "Reportify",
        url="https://reportify.ai/tags/concept?tagValue=AI%E6%99%BA%E8%83%BD%E4%BD%93%E4%BA%92"
        "%E9%80%9A%E5%8D%8F%E8%AE%AE", rel="low",
        note="Two summaries, one dated 2025-06-19 and one undated. Also "
        "https://reportify.ai/news/1142305894567120896"),
    src("S80", tx("China press digest listing 'SECURITIES TIMES'"), "Reuters", date="2015-03-12",
        url="http://www.reuters.com/article/press-digest-china-idUSL4N0WE04F20150312",
        lang="en"),
    src("S81", {"en": "Fuli Luo"}, "probsee.com / grokipedia.com",
        url="https://probsee.com/p/Fuli_Luo", lang="en", rel="low",
        note="AI-written wiki (master's 2020; DAMO 2020–22; DeepSeek 2022–24). Also "
        "https://grokipedia.com/page/Fuli_Luo"),
    src("S82", tx("MiMo-V2.5 model card mirrors and the SGLang cookbook"),
        "Hugging Face mirror / SGLang docs", url="https://hub.hfp.audrey.cafe/XiaomiMiMo/MiMo-V2.5",
        lang="en", rel="low",
        note="Undated. Also https://docs.sglang.io/cookbook/autoregressive/Xiaomi/MiMo-V2.5"),
]

# --------------------------------------------------------------------------------------------
# People and organizations (facts.md section 3)
# --------------------------------------------------------------------------------------------


def aff(
    org: str,
    role: str | None,
    sources: list[str],
    *,
    start: str | None = None,
    end: str | None = None,
    note: str | None = None,
) -> Json:
    return _compact(organization=org, role=tx(role) if role else None, start=start, end=end,
                    note=tx(note) if note else None, sources=sources)


PEOPLE: list[Json] = [
    {
        "id": "luo-fuli",
        "name": {"en": "Luo Fuli", "zh-Hans": "罗福莉", "zh-Hant": "羅福莉"},
        "aliases": ["Fuli Luo", "罗福莉", "羅福莉"],
        "born": "1995",
        "description": tx(
            "AI researcher, born in 1995 in Yibin, Sichuan. Studied computer science at "
            "Beijing Normal University and computational linguistics at Peking University; "
            "worked at Alibaba DAMO Academy, High-Flyer Quant and DeepSeek, where she was one "
            "of the key developers of DeepSeek-V2. Publicly confirmed joining Xiaomi MiMo on "
            "2025-11-12; head of Xiaomi MiMo large models since December 2025.",
            "Peneliti AI, lahir pada 1995 di Yibin, Sichuan. Belajar ilmu komputer di Beijing "
            "Normal University dan linguistik komputasional di Peking University; bekerja di "
            "Alibaba DAMO Academy, High-Flyer Quant, dan DeepSeek, tempat ia menjadi salah "
            "satu pengembang utama DeepSeek-V2. Secara terbuka mengonfirmasi bergabung dengan "
            "Xiaomi MiMo pada 2025-11-12; kepala model besar Xiaomi MiMo sejak Desember 2025.",
        ),
        "affiliations": [
            aff("bnu", "Undergraduate, computer science", ["S34", "S55", "S03"], start="2013",
                note="Entry year 2013 per Zing News (S34); VnExpress (S55) says 2016."),
            aff("pku", "Master's student, Institute of Computational Linguistics",
                ["S03", "S30", "S52", "S33", "S81"],
                note="Graduated in 2020 (S81, low) or 2021 (S33); unresolved."),
            aff("alibaba-damo", "Pre-trained language models: AliceMind, VECO",
                ["S01", "S03", "S33", "S81"], end="2022",
                note="Start 2020 (S81, low) or 2021 (S33); unresolved."),
            aff("high-flyer", "Deep-learning strategy modelling and algorithm research",
                ["S01", "S03"], start="2022"),
            aff("deepseek", "Deep-learning researcher (DeepSeek-V2)",
                ["S01", "S03", "S05", "S71"],
                note="Start date not found. Claims of 'DeepSeek in 2022' (S56, S66) predate "
                "DeepSeek's founding in July 2023."),
            aff("xiaomi-mimo", "Member of the Xiaomi MiMo large-model team",
                ["S34", "S35", "S36"],
                note="Publicly confirmed on 2025-11-12; when she actually started is not "
                "known."),
            aff("xiaomi-mimo", "Head of Xiaomi MiMo large models (Xiaomi MiMo 大模型负责人)",
                ["S36", "S37a", "S38"], start="2025-12"),
        ],
        "sources": ["S01", "S03", "S28", "S29", "S30", "S31", "S32", "S33", "S34", "S36",
                    "S37a", "S38", "S52", "S54", "S55", "S56", "S78"],
    },
    {
        "id": "lei-jun",
        "name": {"en": "Lei Jun", "zh-Hans": "雷军", "zh-Hant": "雷軍"},
        "aliases": ["雷军", "雷軍"],
        "description": tx(
            "Founder, chairman and CEO of Xiaomi. Earlier led Kingsoft (金山) to its listing. "
            "Deputy to the 14th National People's Congress. Insiders say he personally "
            "recruited Luo Fuli and played an important leadership role in the GPU-cluster "
            "build.",
            "Pendiri, ketua, dan CEO Xiaomi. Sebelumnya membawa Kingsoft (金山) melantai di "
            "bursa. Anggota Kongres Rakyat Nasional ke-14. Menurut orang dalam, ia secara "
            "pribadi merekrut Luo Fuli dan memainkan peran kepemimpinan penting dalam "
            "pembangunan klaster GPU.",
        ),
        "affiliations": [
            aff("xiaomi", "Founder, chairman and CEO", ["S61a", "S25"], start="2010-04-06"),
        ],
        "sources": ["S61a", "S61c", "S06", "S05", "S23", "S24"],
    },
    {
        "id": "lu-weibing",
        "name": {"en": "Lu Weibing", "zh-Hans": "卢伟冰"},
        "aliases": ["卢伟冰"],
        "description": tx(
            "Xiaomi Group President since 2022-12-30. Joined Xiaomi in January 2019 as Redmi "
            "general manager, after serving as president of Gionee (金立); Xiaomi partner from "
            "2020; also head of the phone division from 2024. The seed article names him as "
            "the source of the R&D forecast, which dated sources attribute to Lei Jun.",
            "Presiden Grup Xiaomi sejak 2022-12-30. Bergabung dengan Xiaomi pada Januari 2019 "
            "sebagai manajer umum Redmi, setelah menjabat presiden Gionee (金立); mitra Xiaomi "
            "sejak 2020; juga kepala divisi ponsel sejak 2024. Artikel sumber menyebutnya "
            "sebagai sumber prakiraan biaya R&D, yang menurut sumber bertanggal diucapkan "
            "oleh Lei Jun.",
        ),
        "affiliations": [
            aff("xiaomi", "Redmi general manager", ["S62a", "S62c"], start="2019-01",
                note="The month comes from a low-reliability page (S62c)."),
            aff("xiaomi", "Partner", ["S62a"], start="2020"),
            aff("xiaomi", "Group President", ["S62b", "S62a"], start="2022-12-30"),
            aff("xiaomi", "Head of the phone division", ["S62a"], start="2024"),
        ],
        "sources": ["S62a", "S62b", "S62c", "S27"],
    },
    {
        "id": "zhang-duo",
        "name": {"en": "Zhang Duo", "zh-Hans": "张铎"},
        "aliases": ["张铎"],
        "description": tx(
            "Technology expert; bachelor's and master's degrees from Tsinghua University's "
            "computer science department. At Xiaomi 2016–2021, returned in 2024 and has "
            "headed the AI Platform Department since November 2024. Lei Jun called him "
            "'小米的大神' (Xiaomi's 'great god').",
            "Pakar teknologi; gelar sarjana dan magister dari departemen ilmu komputer "
            "Universitas Tsinghua. Di Xiaomi 2016–2021, kembali pada 2024, dan memimpin "
            "Departemen Platform AI sejak November 2024. Lei Jun menyebutnya '小米的大神' "
            "('dewa' Xiaomi).",
        ),
        "affiliations": [
            aff("xiaomi", None, ["S12"], start="2016", end="2021"),
            aff("xiaomi", None, ["S12"], start="2024-09-10",
                note="Announced his return on September 10; the year (2024) comes from the "
                "context of the Leiphone report."),
            aff("xiaomi-ai-platform-dept", "Head, reporting to Feng Honghua",
                ["S12", "S01"], start="2024-11"),
        ],
        "sources": ["S12", "S03", "S02"],
    },
    {
        "id": "feng-honghua",
        "name": {"en": "Feng Honghua", "zh-Hans": "冯宏华"},
        "aliases": ["冯宏华"],
        "description": tx(
            "General manager of Xiaomi's Basic Technology Platform Department "
            "(基础技术平台部), under the Technology Committee. Zhang Duo reports to him.",
            "Manajer umum Departemen Platform Teknologi Dasar Xiaomi (基础技术平台部), di "
            "bawah Komite Teknologi. Zhang Duo melapor kepadanya.",
        ),
        "affiliations": [
            aff("xiaomi-tech-committee",
                "General manager, Basic Technology Platform Department (基础技术平台部)",
                ["S12"]),
        ],
        "sources": ["S12"],
    },
    {
        "id": "luan-jian",
        "name": {"en": "Luan Jian", "zh-Hans": "栾剑"},
        "aliases": ["栾剑"],
        "description": tx(
            "Head of the Xiaomi AI Lab large-model team from April 2023, appointed by internal "
            "email. Earlier head of the AI Lab speech-generation team; researcher at Toshiba "
            "(China) Research; senior speech scientist at Microsoft (China) Engineering "
            "Institute; chief speech scientist at Microsoft Xiaoice.",
            "Kepala tim model besar Xiaomi AI Lab sejak April 2023, diangkat melalui surel "
            "internal. Sebelumnya kepala tim generasi suara AI Lab; peneliti di Toshiba (China) "
            "Research; ilmuwan suara senior di Microsoft (China) Engineering Institute; kepala "
            "ilmuwan suara di Microsoft Xiaoice.",
        ),
        "affiliations": [
            aff("xiaomi-ai-lab", "Head of the speech-generation team", ["S05", "S13"]),
            aff("xiaomi-ai-lab", "Head of the large-model team, reporting to Wang Bin",
                ["S05", "S13"], start="2023-04"),
        ],
        "sources": ["S05", "S13", "S17"],
    },
    {
        "id": "wang-bin",
        "name": {"en": "Wang Bin", "zh-Hans": "王斌"},
        "aliases": ["王斌"],
        "description": tx(
            "Vice chairman of Xiaomi's Technology Committee and director of the AI Lab (2023); "
            "Luan Jian reported to him.",
            "Wakil ketua Komite Teknologi Xiaomi dan direktur AI Lab (2023); Luan Jian melapor "
            "kepadanya.",
        ),
        "affiliations": [
            aff("xiaomi-tech-committee", "Vice chairman", ["S05", "S13"],
                note="As reported in 2023."),
            aff("xiaomi-ai-lab", "Director", ["S05", "S13"], note="As reported in 2023."),
        ],
        "sources": ["S05", "S13"],
    },
    {
        "id": "liang-wenfeng",
        "name": {"en": "Liang Wenfeng", "zh-Hans": "梁文锋"},
        "aliases": ["梁文锋"],
        "born": "1985",
        "description": tx(
            "Co-founder of High-Flyer and founder of DeepSeek (July 2023). Born in 1985 in "
            "Zhanjiang, Guangdong; studied at Zhejiang University. Named in Nature's 10 for "
            "2025.",
            "Salah satu pendiri High-Flyer dan pendiri DeepSeek (Juli 2023). Lahir pada 1985 "
            "di Zhanjiang, Guangdong; belajar di Universitas Zhejiang. Masuk daftar Nature's "
            "10 untuk 2025.",
        ),
        "affiliations": [
            aff("high-flyer", "Co-founder", ["S59a", "S59b"],
                note="High-Flyer's founding: 2015 (S59b) or February 2016 (S59a)."),
            aff("deepseek", "Founder", ["S59c"], start="2023-07"),
        ],
        "sources": ["S59a", "S59b", "S59c", "S77"],
    },
    {
        "id": "chen-long",
        "name": {"en": "Chen Long", "zh-Hans": "陈龙"},
        "aliases": ["陈龙"],
        "description": tx(
            "Chief scientist of Xiaomi's autonomous-driving team; project leader for "
            "MiMo-Embodied (November 2025).",
            "Kepala ilmuwan tim kemudi otonom Xiaomi; pemimpin proyek MiMo-Embodied "
            "(November 2025).",
        ),
        "affiliations": [
            aff("xiaomi", "Chief scientist, autonomous-driving team", ["S49", "S50"]),
        ],
        "sources": ["S49", "S50"],
    },
]


def org(
    id_: str,
    en: str,
    zh: str,
    kind: str,
    description: dict[str, str],
    sources: list[str],
    *,
    aliases: list[str] | None = None,
    parent: str | None = None,
    founded: str | None = None,
) -> Json:
    return _compact(id=id_, name={"en": en, "zh-Hans": zh}, aliases=aliases, kind=kind,
                    parent=parent, founded=founded, description=description, sources=sources)


ORGANIZATIONS: list[Json] = [
    org("xiaomi", "Xiaomi Corporation", "小米集团", "company", tx(
        "Chinese consumer-electronics, EV and IoT company, founded on 2010-04-06 in Beijing "
        "by Lei Jun and co-founders; listed on the Hong Kong stock exchange (1810) on "
        "2018-07-09.",
        "Perusahaan elektronik konsumen, kendaraan listrik, dan IoT asal Tiongkok, didirikan "
        "pada 2010-04-06 di Beijing oleh Lei Jun dan para pendiri lainnya; tercatat di Bursa "
        "Efek Hong Kong (1810) sejak 2018-07-09."),
        ["S61a", "S61b", "S61c"],
        aliases=["Xiaomi", "Xiaomi Group", "小米", "小米科技有限责任公司"], founded="2010-04-06"),
    org("xiaomi-tech-committee", "Xiaomi Technology Committee", "小米技术委员会",
        "corporate body", tx(
            "Group-level technology body; parent of the AI Lab and of the Basic Technology "
            "Platform Department.",
            "Badan teknologi tingkat grup; induk AI Lab dan Departemen Platform Teknologi "
            "Dasar."),
        ["S12", "S13"], aliases=["Technology Committee"], parent="xiaomi"),
    org("xiaomi-ai-lab", "Xiaomi AI Lab", "小米AI实验室", "research unit", tx(
        "Research unit under Xiaomi's Technology Committee. Its large-model team was formed "
        "in April 2023 under Luan Jian.",
        "Unit riset di bawah Komite Teknologi Xiaomi. Tim model besarnya dibentuk pada April "
        "2023 di bawah Luan Jian."),
        ["S05", "S13"], aliases=["AI Lab"], parent="xiaomi-tech-committee"),
    org("xiaomi-ai-platform-dept", "Xiaomi AI Platform Department", "AI平台部", "department", tx(
        "Set up in November 2024 inside the Basic Technology Platform Department "
        "(基础技术平台部), which sits under the Technology Committee. Headed by Zhang Duo.",
        "Dibentuk pada November 2024 di dalam Departemen Platform Teknologi Dasar "
        "(基础技术平台部), yang berada di bawah Komite Teknologi. Dipimpin oleh Zhang Duo."),
        ["S12", "S01"], aliases=["AI Platform Department", "AI平台部"],
        parent="xiaomi-tech-committee", founded="2024-11"),
    org("xiaomi-mimo", "Xiaomi MiMo large-model team", "Xiaomi MiMo 大模型团队", "team", tx(
        "Builds Xiaomi's MiMo model family: MiMo-7B (2025-04), MiMo-VL (2025-05), "
        "MiMo-V2-Flash (2025-12) and later models. Led by Luo Fuli (her own announcement of "
        "2025-11-12; her title from 2025-12-17).",
        "Membangun keluarga model MiMo Xiaomi: MiMo-7B (2025-04), MiMo-VL (2025-05), "
        "MiMo-V2-Flash (2025-12), dan model berikutnya. Dipimpin oleh Luo Fuli (pengumumannya "
        "sendiri pada 2025-11-12; jabatannya sejak 2025-12-17)."),
        ["S41", "S42", "S36", "S40"], aliases=["Xiaomi MiMo", "MiMo", "LLM-Core Team", "Core"],
        parent="xiaomi"),
    org("deepseek", "DeepSeek", "深度求索", "company", tx(
        "Hangzhou AI company founded in July 2023 by Liang Wenfeng and backed by High-Flyer. "
        "Developed DeepSeek-V2 (2024-05), DeepSeek-V3 (2024-12-26) and DeepSeek-R1 "
        "(2025-01-20).",
        "Perusahaan AI di Hangzhou yang didirikan pada Juli 2023 oleh Liang Wenfeng dan "
        "didukung High-Flyer. Mengembangkan DeepSeek-V2 (2024-05), DeepSeek-V3 (2024-12-26), "
        "dan DeepSeek-R1 (2025-01-20)."),
        ["S59c", "S57a", "S57c", "S74", "S33"], aliases=["DeepSeek-AI", "深度求索"],
        founded="2023-07"),
    org("high-flyer", "High-Flyer Quant", "幻方量化", "hedge fund", tx(
        "Chinese quantitative hedge fund based in Hangzhou; founder and backer of DeepSeek. "
        "Founding date disputed: 2015 (S59b) or incorporated February 2016 (S59a). The seed "
        "article's 'Huanquan Quantification' is a mistranslation of its name.",
        "Dana lindung nilai kuantitatif Tiongkok yang berbasis di Hangzhou; pendiri dan "
        "penyokong DeepSeek. Tanggal pendiriannya diperdebatkan: 2015 (S59b) atau berbadan "
        "hukum Februari 2016 (S59a). 'Huanquan Quantification' dalam artikel sumber adalah "
        "salah terjemahan namanya."),
        ["S59a", "S59b"],
        aliases=["High-Flyer", "幻方量化", "宁波幻方量化投资管理合伙企业", "Huànfāng Liànghuà",
                 "Huanfang Quantitative", "Huanquan Quantification"]),
    org("alibaba-damo", "Alibaba DAMO Academy", "阿里巴巴达摩院", "research institute", tx(
        "Alibaba's research institute, announced on 2017-10-11 at the Computing (Yunqi) "
        "Conference in Hangzhou. Luo Fuli worked on AliceMind and VECO there.",
        "Lembaga riset Alibaba, diumumkan pada 2017-10-11 di Computing (Yunqi) Conference di "
        "Hangzhou. Luo Fuli mengerjakan AliceMind dan VECO di sana."),
        ["S60a", "S60b"], aliases=["DAMO Academy", "Alibaba Damo Academy", "达摩院"],
        founded="2017-10-11"),
    org("pku", "Peking University", "北京大学", "university", tx(
        "University in Beijing. Luo Fuli took her master's at its Institute of Computational "
        "Linguistics (Key Lab of Computational Linguistics, School of EECS). Co-published a "
        "2025-10 paper with Xiaomi.",
        "Universitas di Beijing. Luo Fuli menempuh magister di Institut Linguistik "
        "Komputasionalnya (Key Lab of Computational Linguistics, School of EECS). Menerbitkan "
        "makalah bersama Xiaomi pada 2025-10."),
        ["S30", "S52", "S46"], aliases=["PKU"]),
    org("bnu", "Beijing Normal University", "北京师范大学", "university", tx(
        "University in Beijing; Luo Fuli's undergraduate school (computer science).",
        "Universitas di Beijing; tempat Luo Fuli menempuh S1 (ilmu komputer)."),
        ["S03", "S30"], aliases=["BNU"]),
    org("acl", "Association for Computational Linguistics (ACL)", "国际计算语言学协会",
        "scholarly society", tx(
            "Scholarly society for natural language processing. ACL 2019 was its 57th Annual "
            "Meeting (Florence, Italy, July 2019).",
            "Perhimpunan ilmiah untuk pemrosesan bahasa alami. ACL 2019 adalah Pertemuan "
            "Tahunan ke-57 (Florence, Italia, Juli 2019)."),
        ["S28", "S29"], aliases=["ACL", "ACL年会"]),
    org("securities-times", "Securities Times", "证券时报", "media", tx(
        "Chinese securities and financial newspaper (it appears in Reuters' China press "
        "digests). Named by the seed article as its source; the specific article was not "
        "found.",
        "Surat kabar sekuritas dan keuangan Tiongkok (muncul dalam ringkasan pers Tiongkok "
        "Reuters). Disebut oleh artikel sumber sebagai asal beritanya; artikel yang dimaksud "
        "tidak ditemukan."),
        ["S03", "S80"], aliases=["证券时报"]),
    org("yicai", "Yicai", "第一财经", "media", tx(
        "Chinese financial media (China Business Network / Yicai Global). Earliest found "
        "report (2024-12-20) of Luo Fuli's move to Xiaomi.",
        "Media keuangan Tiongkok (China Business Network / Yicai Global). Laporan paling awal "
        "yang ditemukan (2024-12-20) tentang kepindahan Luo Fuli ke Xiaomi."),
        ["S05", "S06"], aliases=["China Business Network", "Yicai Global", "第一财经"]),
    org("jiemian", "Jiemian News", "界面新闻", "media", tx(
        "Chinese news outlet; broke the GPU-cluster story on 2024-12-26.",
        "Media berita Tiongkok; pertama memberitakan klaster GPU pada 2024-12-26."),
        ["S05", "S06", "S07"], aliases=["Jiemian", "界面新闻"]),
    org("leiphone", "Leiphone", "雷峰网", "media", tx(
        "Chinese technology outlet; broke the AI Platform Department / Zhang Duo story "
        "(November 2024).",
        "Media teknologi Tiongkok; pertama memberitakan Departemen Platform AI / Zhang Duo "
        "(November 2024)."),
        ["S12"], aliases=["雷峰网"]),
    org("the-paper", "The Paper", "澎湃新闻", "media", tx(
        "Chinese outlet; reported Luan Jian's appointment (April 2023) and Lu Weibing's May "
        "2023 remarks.",
        "Media Tiongkok; memberitakan pengangkatan Luan Jian (April 2023) dan pernyataan Lu "
        "Weibing pada Mei 2023."),
        ["S13", "S14"], aliases=["澎湃新闻"]),
]

# --------------------------------------------------------------------------------------------
# Events (facts.md section 6, plus the dated seed facts and later developments)
# --------------------------------------------------------------------------------------------


def conflict(topic: dict[str, str], claims: Claims, note: str | None = None) -> Json:
    return _compact(
        topic=topic,
        claims=[{"text": tx(text), "sources": sources} for text, sources in claims],
        note=tx(note) if note else None,
    )


def event(
    id_: str,
    title: dict[str, str],
    start: str,
    category: str,
    status: str,
    sources: list[str],
    *,
    end: str | None = None,
    date_note: str | None = None,
    status_note: str | None = None,
    description: dict[str, str] | None = None,
    people: list[str] | None = None,
    orgs: list[str] | None = None,
    conflicts: list[Json] | None = None,
    notes: list[str] | None = None,
    tags: list[str] | None = None,
) -> Json:
    return _compact(
        id=id_, title=title, start=start, end=end,
        date_note=tx(date_note) if date_note else None,
        category=category, status=status,
        status_note=tx(status_note) if status_note else None,
        description=description, people=people, organizations=orgs, sources=sources,
        conflicts=conflicts, notes=[tx(n) for n in notes or []], tags=tags,
    )


SEED, LUO, MIMO, RD, GPU, LATER = (
    "seed-article", "luo-fuli-career", "mimo", "r-and-d-budget", "gpu", "later-development",
)

# Conflict topics shared by several events: one wording each, so filters and tests find them.
T_SALARY = tx("Salary level", "Besaran gaji")
T_HIRE_STATUS = tx("The hire's status at the article's date",
                   "Status perekrutan pada tanggal artikel")
T_FIRST_REPORT = tx("Who first reported the hire", "Siapa yang pertama memberitakan perekrutan")
T_LIVE_STREAM = tx("Whether Lei Jun mentioned the offer in a live stream",
                   "Apakah Lei Jun menyebut tawaran itu dalam siaran langsung")
T_FORECAST = tx("Who gave the R&D forecast", "Siapa yang menyampaikan prakiraan R&D")
T_PLAN_PERIOD = tx("The 100-billion plan's period", "Periode rencana 100 miliar")
T_PLAN_FOCUS = tx("The 100-billion plan's focus on AI, OS and chips",
                  "Fokus rencana 100 miliar pada AI, OS, dan cip")
T_BNU = tx("Education years: BNU entry", "Tahun pendidikan: masuk BNU")
T_PKU = tx("Education years: PKU master's graduation", "Tahun pendidikan: lulus magister PKU")
T_DAMO = tx("When she started at DAMO", "Kapan ia mulai di DAMO")
T_DEEPSEEK_2022 = tx("'DeepSeek in 2022' vs DeepSeek's founding in July 2023",
                     "'DeepSeek pada 2022' vs pendirian DeepSeek pada Juli 2023")
T_POST_DAY = tx("Day of the February 2025 post", "Tanggal unggahan Februari 2025")
T_MIMO7B_DAY = tx("MiMo-7B release day", "Tanggal rilis MiMo-7B")
T_FLASH_DAY = tx("MiMo-V2-Flash release day", "Tanggal rilis MiMo-V2-Flash")
T_EMBODIED = tx("Luo Fuli's role in MiMo-Embodied", "Peran Luo Fuli dalam MiMo-Embodied")
T_HIGH_FLYER = tx("High-Flyer's founding date", "Tanggal pendirian High-Flyer")
T_JIEMIAN = tx("When the large-model team was set up (Jiemian English)",
               "Kapan tim model besar dibentuk (Jiemian bahasa Inggris)")
T_LU_BIO = tx("Lu Weibing's biography", "Biografi Lu Weibing")
T_FEB_2025 = tx("The hire's status in February 2025", "Status perekrutan pada Februari 2025")

NOTE_MOE = (
    "Seed mistranslation: 'model besar Kementerian Lingkungan Hidup DeepSeek-V2' (Ministry of "
    "Environment) should read 'the MoE (Mixture-of-Experts) large model DeepSeek-V2'; the "
    "Chinese source says 'MoE大模型DeepSeek-V2' (S01, S03)."
)
NOTE_HIGH_FLYER = (
    "Seed mistranslation: 'Huanquan Quantification' is High-Flyer Quant (幻方量化, Huànfāng "
    "Liànghuà). The German AIbase version's 'QuantConnect' is also wrong; the Hindi version's "
    "'Huanfang Quantitative' is right."
)
NOTE_SALARY = (
    "Seed mistranslation: 'gaji tahunan puluhan juta' (tens of millions) renders Chinese "
    "千万年薪, an annual salary at the ten-million(-yuan) level (千万元级别, S06); it may "
    "overstate the figure about tenfold, and the seed does not name the currency. The German "
    "AIbase version has 'Millionen-Gehalt'."
)
NOTE_CHINESE_ABILITY = (
    "Seed mistranslation: 'Kemahiran DeepSeek-V2 di Tiongkok' (proficiency in China) should "
    "read 'DeepSeek-V2's Chinese-language ability'; the post says that on Chinese-language "
    "level alone it is in the first tier of domestic and foreign closed-source models (S03)."
)
NOTE_GPU_SCALE = (
    "Seed mistranslation: 'skalanya diperkirakan akan meningkat secara signifikan' (its scale "
    "is expected to grow) turns a present fact into a forecast; the Chinese says the scale "
    "'has greatly increased compared with when [the team] was founded' (规模较成立时大幅增加, "
    "S01, S02), i.e. from 6,500 GPUs."
)
NOTE_GPU_LEAD = (
    "The seed's 'Lei Jun secara pribadi memimpin pekerjaan ini' (personally leads this work) is "
    "stronger than the primary report: insiders told Jiemian that Lei Jun 'played an important "
    "leadership role' (雷军在其中扮演了重要的领导角色, S05, S06); S01 has "
    "'由集团董事长雷军亲自领导'."
)
NOTE_CORE_FIGURE = (
    "The seed's 'dia telah menjadi sosok inti' (she has become a core figure in Xiaomi's AI "
    "large-model team) was not true at the article's date as far as public information shows; "
    "it became true later: her public title since December 2025 is head of Xiaomi MiMo large "
    "models (S36, S37a, S38)."
)

HIRE_STATUS = conflict(T_HIRE_STATUS, [
    ("'Successfully recruited' (berhasil merekrut): the seed, citing Securities Times", ["S00"]),
    ("She 'will join Xiaomi', perhaps at Xiaomi AI Lab (Yicai, 2024-12-20, as cited by TechWeb "
     "and EEPW); neither side confirmed it", ["S05", "S06"]),
    ("Still 'undecided' (暂未决定) in February 2025; her Zhihu profile still showed DeepSeek",
     ["S64"]),
    ("She 'ultimately declined the offer' (SCMP, around the MiMo-7B launch, late April / early "
     "May 2025)", ["S42"]),
    ("She moved to Xiaomi 'before DeepSeek R1 went viral' (Qbitai, about 2025-10-17)", ["S46"]),
    ("First firm confirmation: her own WeChat Moments post of 2025-11-12", ["S34", "S35",
                                                                            "S36"]),
], "Unresolved between December 2024 and November 2025: the hire was reported, not confirmed, "
   "at the article's date.")

EVENTS: list[Json] = [
    event(
        "xiaomi-founded", tx("Xiaomi is founded", "Xiaomi didirikan"), "2010-04-06",
        "organization", "confirmed", ["S61a"],
        status_note="Date from Lei Jun's own letter before the 2018 listing (S61a), a primary "
        "statement.",
        description=tx("Lei Jun and co-founders found Xiaomi in Beijing.",
                       "Lei Jun dan para pendiri lainnya mendirikan Xiaomi di Beijing."),
        people=["lei-jun"], orgs=["xiaomi"], tags=[SEED],
        notes=["The seed calls Lei Jun Xiaomi's founder (pendiri Xiaomi)."],
    ),
    event(
        "alibaba-damo-founded",
        tx("Alibaba announces DAMO Academy", "Alibaba mengumumkan DAMO Academy"), "2017-10-11",
        "organization", "confirmed", ["S60a", "S60b"],
        description=tx(
            "Alibaba announces its research institute DAMO Academy at the Computing (Yunqi) "
            "Conference in Hangzhou. Luo Fuli later works there.",
            "Alibaba mengumumkan lembaga risetnya, DAMO Academy, di Computing (Yunqi) "
            "Conference di Hangzhou. Luo Fuli kelak bekerja di sana."),
        orgs=["alibaba-damo"],
    ),
    event(
        "xiaomi-hkex-listing",
        tx("Xiaomi lists in Hong Kong (1810)", "Xiaomi melantai di bursa Hong Kong (1810)"),
        "2018-07-09", "organization", "confirmed", ["S61b", "S61c"],
        description=tx("Xiaomi's shares list on the Hong Kong stock exchange under 1810.",
                       "Saham Xiaomi tercatat di Bursa Efek Hong Kong dengan kode 1810."),
        people=["lei-jun"], orgs=["xiaomi"],
    ),
    event(
        "high-flyer-founded",
        tx("High-Flyer Quant is founded", "High-Flyer Quant didirikan"), "2015",
        "organization", "disputed", ["S59b", "S59a"],
        date_note="2015 per a Wikipedia mirror (S59b); 'incorporated February 2016' per "
        "WikiMili (S59a).",
        status_note="Sources disagree on the founding date.",
        description=tx(
            "The Hangzhou quantitative hedge fund High-Flyer (幻方量化), co-founded by Liang "
            "Wenfeng, is founded; it later founds and backs DeepSeek.",
            "Dana lindung nilai kuantitatif High-Flyer (幻方量化) di Hangzhou, yang "
            "didirikan bersama oleh Liang Wenfeng, berdiri; kelak mendirikan dan menyokong "
            "DeepSeek."),
        people=["liang-wenfeng"], orgs=["high-flyer"],
        conflicts=[conflict(T_HIGH_FLYER, [("Founded in 2015", ["S59b"]),
                                           ("Incorporated in February 2016", ["S59a"])])],
        notes=[NOTE_HIGH_FLYER],
    ),
    event(
        "xiaomi-first-ai-team", tx("Xiaomi forms its first AI team", "Xiaomi membentuk tim AI "
                                   "pertamanya"), "2016",
        "organization", "confirmed", ["S07", "S05", "S11", "S73"],
        date_note="Sources give only the year: the Jiemian report (S07, S05), Guancha (S11) and "
        "Wang Fei of Xiaomi (S73) all say 2016.",
        description=tx(
            "Xiaomi sets up its first (visual) AI team; by 2023 the AI organisation had expanded "
            "six times in seven years to more than 3,000 people.",
            "Xiaomi membentuk tim AI (visual) pertamanya; pada 2023 organisasi AI-nya telah "
            "diperluas enam kali dalam tujuh tahun hingga lebih dari 3.000 orang."),
        people=["lei-jun"], orgs=["xiaomi"],
        notes=["At the World Internet Conference Wuzhen Summit in November 2024 Lei Jun said "
               "Xiaomi had gone 'All in AI' in 2016 (S11).",
               "Wang Fei (王扉) of Xiaomi's Technology Committee said the same on 2026-01-31: a "
               "visual AI team in 2016 and a dedicated large-model team in 2023 (S73)."],
    ),
    event(
        "luo-fuli-born", tx("Luo Fuli is born", "Luo Fuli lahir"), "1995", "person",
        "confirmed", ["S00", "S34", "S56"],
        date_note="Day and month not found.",
        status_note="The seed, Zing News (S34) and The Independent SG (S56) give 1995; ages in "
        "later coverage fit (S54: 29; S55: 30).",
        description=tx(
            "Luo Fuli, later a DeepSeek researcher and head of Xiaomi MiMo, is born in Yibin, "
            "Sichuan.",
            "Luo Fuli, yang kelak menjadi peneliti DeepSeek dan kepala Xiaomi MiMo, lahir di "
            "Yibin, Sichuan."),
        people=["luo-fuli"], tags=[SEED, LUO],
        notes=["The seed's 'pasca-95' renders 95后, the post-'95 generation (born 1995–1999); "
               "its first paragraph says she was born in 1995."],
    ),
    event(
        "luo-fuli-enters-bnu",
        tx("Luo Fuli begins undergraduate studies at Beijing Normal University",
           "Luo Fuli mulai kuliah S1 di Beijing Normal University"), "2013",
        "education", "disputed", ["S34", "S55", "S03"],
        date_note="VnExpress (S55) says 2016; 2013 per Zing News (S34) fits a 1995 birth year.",
        status_note="That she studied computer science at BNU is confirmed (S03); the entry "
        "year is not.",
        description=tx(
            "She enters BNU and later studies computer science there before going on to Peking "
            "University.",
            "Ia masuk BNU dan belajar ilmu komputer di sana sebelum melanjutkan ke Peking "
            "University."),
        people=["luo-fuli"], orgs=["bnu"], tags=[SEED, LUO],
        conflicts=[conflict(T_BNU, [("Entered in 2013", ["S34"]), ("Entered in 2016", ["S55"])],
                            "With a 1995 birth year, 2016 looks wrong.")],
    ),
    event(
        "lu-weibing-joins-xiaomi",
        tx("Lu Weibing joins Xiaomi as Redmi general manager",
           "Lu Weibing bergabung dengan Xiaomi sebagai manajer umum Redmi"), "2019-01",
        "career", "reported", ["S62c", "S62a"],
        date_note="Jiemian (S62a) gives 2019; the month comes from a low-reliability page dated "
        "2019-01-02 (S62c).",
        status_note="The month rests on a low-reliability page; a third biography (S63) "
        "conflicts.",
        description=tx(
            "Lu Weibing, formerly president of Gionee (金立), joins Xiaomi as general manager "
            "of Redmi.",
            "Lu Weibing, mantan presiden Gionee (金立), bergabung dengan Xiaomi sebagai "
            "manajer umum Redmi."),
        people=["lu-weibing"], orgs=["xiaomi"],
        conflicts=[conflict(T_LU_BIO, [
            ("Gionee president, then Redmi general manager at Xiaomi from 2019; partner 2020; "
             "group president two years later", ["S62a", "S62c", "S62b"]),
            ("A Microsoft/Google career", ["S63"]),
        ], "The ChatGPT Global News biography (low reliability) does not match other sources "
           "and looks erroneous.")],
    ),
    event(
        "luo-fuli-acl-2019",
        tx("Luo Fuli has 8 papers at ACL 2019", "Luo Fuli memiliki 8 makalah di ACL 2019"),
        "2019-07", "research", "confirmed", ["S00", "S28", "S29", "S31", "S03"],
        date_note="ACL 2019, the 57th Annual Meeting, was held in Florence, Italy, in July "
        "2019; the seed gives only the year.",
        description=tx(
            "As a second-year master's student at Peking University she appears on 8 papers at "
            "ACL 2019 (Florence), 2 as first author, and becomes widely known on Zhihu.",
            "Sebagai mahasiswi magister tahun kedua di Peking University, namanya tercantum "
            "pada 8 makalah di ACL 2019 (Florence), 2 sebagai penulis pertama, dan ia menjadi "
            "terkenal di Zhihu."),
        people=["luo-fuli"], orgs=["acl", "pku"], tags=[SEED, LUO],
        notes=["Her first-author papers: 'Towards Fine-grained Text Sentiment Transfer' "
               "(P19-1194, S28) and 'Learning to Control the Fine-grained Sentiment for Story "
               "Ending Generation' (P19-1603, S29). The PKU repository lists P19-1194's "
               "affiliations as the PKU Key Lab of Computational Linguistics, Tencent WeChat AI, "
               "BNU and Peng Cheng Lab (S30).",
               "On Zhihu she said she submitted one long and one short paper herself; the others "
               "came from partly taking part in labmates' research (S31).",
               "The Independent SG (S56) says the conference was 'in China'; it was in Florence "
               "(S28, S29)."],
    ),
    event(
        "luo-fuli-joins-damo",
        tx("Luo Fuli joins Alibaba DAMO Academy", "Luo Fuli bergabung dengan Alibaba DAMO "
           "Academy"), "2020",
        "career", "disputed", ["S00", "S01", "S03", "S33", "S81"], end="2022",
        date_note="Start 2020 (S81, low) or 2021 (S33); unresolved.",
        status_note="That she worked at DAMO is confirmed (S01, S03); when she started, and so "
        "when she finished her master's, is not.",
        description=tx(
            "After her PKU master's she works at DAMO Academy on pre-trained language models, "
            "running the AliceMind open-source project and leading the multilingual model VECO.",
            "Setelah lulus magister PKU, ia bekerja di DAMO Academy pada model bahasa "
            "pra-latih, mengelola proyek sumber terbuka AliceMind dan memimpin pengembangan "
            "model multibahasa VECO."),
        people=["luo-fuli"], orgs=["alibaba-damo"], tags=[SEED, LUO],
        conflicts=[
            conflict(T_DAMO, [("2020 ('2020 to 2022', AI-written wiki)", ["S81"]),
                              ("2021, straight after her PKU master's (via the 'Ali Star' "
                               "programme)", ["S33"])]),
            conflict(T_PKU, [("Graduated in 2020", ["S81"]), ("Graduated in 2021", ["S33"])],
                     "Unresolved."),
        ],
        notes=["The end year 2022 is when she joined High-Flyer (S01, S03); a blog (S66, low) "
               "says she 'left Alibaba in 2022'."],
    ),
    event(
        "luo-fuli-joins-high-flyer",
        tx("Luo Fuli joins High-Flyer Quant", "Luo Fuli bergabung dengan High-Flyer Quant"),
        "2022", "career", "confirmed", ["S00", "S01", "S03"],
        date_note="Sources give only the year: S01 and S03 say '2022年' (in 2022).",
        description=tx(
            "She joins the quant fund High-Flyer (幻方量化; the seed's 'Huanquan "
            "Quantification') for deep-learning strategy modelling and algorithm research.",
            "Ia bergabung dengan dana kuantitatif High-Flyer (幻方量化; 'Huanquan "
            "Quantification' dalam artikel sumber) untuk pemodelan strategi pembelajaran "
            "mendalam dan riset algoritme."),
        people=["luo-fuli"], orgs=["high-flyer"], tags=[SEED, LUO],
        notes=[NOTE_HIGH_FLYER,
               "Some pages say she moved to DeepSeek in 2022 (S56, S66); DeepSeek was founded "
               "only in July 2023, so a 2022 date probably means High-Flyer's AI work.",
               "The seed's 'and other companies' (dan perusahaan lain): no other employer was "
               "found."],
    ),
    event(
        "xiaomi-rd-100bn-plan",
        tx("Xiaomi's five-year R&D plan of over 100 billion yuan",
           "Rencana R&D lima tahun Xiaomi senilai lebih dari 100 miliar yuan"), "2022",
        "investment", "disputed", ["S00", "S22", "S23", "S24", "S25", "S26b", "S72"],
        end="2026",
        date_note="Announced 2021-12-28; Lei Jun later counts the plan as 2020/2021–2025 "
        "(about 102–105bn spent); the AI/OS/chips focus is not in the 2021 source.",
        status_note="The pledge itself is confirmed (S22); its period and focus are disputed.",
        description=tx(
            "Lei Jun announces at the Xiaomi 12 launch (2021-12-28) that R&D over the next five "
            "years will exceed 100 billion yuan; the seed frames it as 2022–2026 with a focus "
            "on AI, OS and chips.",
            "Lei Jun mengumumkan pada peluncuran Xiaomi 12 (2021-12-28) bahwa biaya R&D dalam "
            "lima tahun ke depan akan melebihi 100 miliar yuan; artikel sumber menyebutnya "
            "2022–2026 dengan fokus pada AI, OS, dan cip."),
        people=["lei-jun"], orgs=["xiaomi"], tags=[SEED, RD],
        conflicts=[
            conflict(T_PLAN_PERIOD, [
                ("2022–2026: the seed; 'the next five years' as announced in December 2021",
                 ["S00", "S22"]),
                ("Counted from 'five years ago' to 2025, about 105 billion invested (Lei Jun, "
                 "March 2025); paraphrased as '2021–2025'", ["S23", "S24"]),
                ("The plan was set 'in 2020' (Lei Jun, 2026-01-08)", ["S25"]),
                ("102 billion spent over the past five years (Lei Jun, 2025-05-22)", ["S26b"]),
            ]),
            conflict(T_PLAN_FOCUS, [
                ("Focused on AI, operating systems and chips", ["S00"]),
                ("Not shown in the December 2021 announcement; the same three areas are named "
                 "for the next five-year plan, from 2026", ["S22", "S72"]),
            ]),
        ],
        notes=["At the Xiaomi 12 launch Lei Jun said the new plan doubled an earlier plan of 50 "
               "billion over five years announced two years before, and used the phrase "
               "'死磕硬核科技' (go all out on hard-core technology) (S22)."],
    ),
    event(
        "lu-weibing-group-president",
        tx("Lu Weibing becomes Xiaomi Group President", "Lu Weibing menjadi Presiden Grup "
           "Xiaomi"), "2022-12-30",
        "career", "confirmed", ["S62b", "S62a"],
        date_note="S62b gives 30 December; the year 2022 comes from context and from Jiemian "
        "(S62a: partner in 2020, group president two years later).",
        description=tx(
            "Wang Xiang steps down as president and Lu Weibing succeeds him.",
            "Wang Xiang mundur sebagai presiden dan Lu Weibing menggantikannya."),
        people=["lu-weibing"], orgs=["xiaomi"], tags=[SEED],
        notes=["The seed calls him 'Presiden Grup Xiaomi' (Xiaomi Group President)."],
    ),
    event(
        "xiaomi-llm-team-formed",
        tx("Xiaomi AI Lab forms a large-model team", "Xiaomi AI Lab membentuk tim model besar"),
        "2023-04", "organization", "confirmed", ["S00", "S13", "S14", "S05", "S17"],
        date_note="Lei Jun's Weibo post 2023-04-14; exact formation day not confirmed; "
        "disclosed in Q1 results 2023-05-24.",
        description=tx(
            "Xiaomi's AI Lab formally sets up a large-language-model team led by Luan Jian, "
            "reporting to Wang Bin; Lei Jun pledges to 'go all out' on large models.",
            "AI Lab Xiaomi secara resmi membentuk tim model bahasa besar yang dipimpin Luan "
            "Jian, melapor kepada Wang Bin; Lei Jun berjanji akan 'all out' dalam model besar."),
        people=["luan-jian", "wang-bin", "lei-jun"],
        orgs=["xiaomi", "xiaomi-ai-lab", "xiaomi-tech-committee", "the-paper"],
        tags=[SEED, GPU],
        conflicts=[conflict(T_JIEMIAN, [
            ("April 2023", ["S01", "S03", "S05", "S13", "S14", "S17"]),
            ("'Established earlier this year' (Jiemian's English version of its December 2024 "
             "GPU-cluster story)", ["S07"]),
        ], "All other sources say April 2023.")],
        notes=["Lei Jun's first Weibo post on large models and AIGC, on the evening of "
               "2023-04-14: '对于大模型,我们当然会全力以赴,坚决拥抱' (for large models we will "
               "of course go all out and firmly embrace them) (S13, S05).",
               "Luan Jian was appointed by internal email, as reported by The Paper; Pandaily "
               "ties that report to 'April 14', but the wording is ambiguous (S13).",
               "According to Jiemian and Guancha the team started with 6,500 GPUs (S05, S06, "
               "S07, S11)."],
    ),
    event(
        "xiaomi-q1-2023-results",
        tx("Xiaomi's Q1 2023 results disclose the large-model team and pledge AI user scenarios",
           "Laporan kuartal I 2023 Xiaomi mengungkap tim model besar dan menjanjikan skenario "
           "pengguna AI"), "2023-05-24",
        "organization", "confirmed", ["S00", "S14", "S75", "S11"],
        date_note="Date the results were published; the results call was also in May 2023.",
        status_note="The seed's pledge matches the results as reported by Gizcoupon (S14), with "
        "a low-reliability page alongside (S75).",
        description=tx(
            "Xiaomi's first-quarter 2023 results disclose the April formation of the large-model "
            "team and more than 1,200 AI staff, and say Xiaomi will 'continue to explore "
            "AI-related user scenarios, leverage its technological advantages, and embrace "
            "collaborative opportunities with partners in an open manner'. On the results call "
            "Lu Weibing says Xiaomi will embrace large models but not build a general-purpose "
            "model like OpenAI's.",
            "Laporan kuartal pertama 2023 Xiaomi mengungkap pembentukan tim model besar pada "
            "April dan lebih dari 1.200 staf AI, serta menyatakan Xiaomi akan terus "
            "menjajaki skenario pengguna terkait AI, memanfaatkan keunggulan teknologinya, dan "
            "terbuka bekerja sama dengan mitra. Dalam paparan hasil itu Lu Weibing mengatakan "
            "Xiaomi akan merangkul model besar tetapi tidak membangun model serbaguna seperti "
            "milik OpenAI."),
        people=["lu-weibing"], orgs=["xiaomi", "the-paper"], tags=[SEED],
    ),
    event(
        "deepseek-founded", tx("DeepSeek is founded", "DeepSeek didirikan"), "2023-07",
        "organization", "reported", ["S59c", "S03"],
        date_note="S59c gives only the month (July 2023), not the day.",
        status_note="The founding month comes from one source (S59c); no source contradicts it.",
        description=tx(
            "Liang Wenfeng founds DeepSeek (深度求索), backed by High-Flyer, to pursue general "
            "AI; Luo Fuli later works there as a deep-learning researcher.",
            "Liang Wenfeng mendirikan DeepSeek (深度求索), didukung High-Flyer, untuk mengejar "
            "AI umum; Luo Fuli kemudian bekerja di sana sebagai peneliti pembelajaran "
            "mendalam."),
        people=["liang-wenfeng"], orgs=["deepseek", "high-flyer"],
        conflicts=[conflict(T_DEEPSEEK_2022, [
            ("Luo Fuli 'moved to DeepSeek in 2022' / 'left Alibaba in 2022' and went to DeepSeek",
             ["S56", "S66"]),
            ("DeepSeek was founded in July 2023", ["S59c"]),
            ("She joined High-Flyer in 2022", ["S01", "S03"]),
        ], "A '2022 DeepSeek' date probably means High-Flyer's AI work, not DeepSeek the company. "
           "Her DeepSeek start date was not found.")],
    ),
    event(
        "xiaomi-milm-unveiled",
        tx("Xiaomi unveils its MiLM large language model",
           "Xiaomi memperkenalkan model bahasa besar MiLM"), "2023-08-14",
        "product", "confirmed", ["S15", "S16", "S06"],
        date_note="GitHub release reported as the day before the speech.",
        description=tx(
            "MiLM-6B/1.3B appear on GitHub and the C-Eval/CMMLU leaderboards; in his 2023 "
            "annual speech Lei Jun shows a 1.3B model running on a phone and starts invitation "
            "tests of an LLM-based Xiao Ai.",
            "MiLM-6B/1.3B muncul di GitHub serta papan peringkat C-Eval/CMMLU; dalam pidato "
            "tahunan 2023 Lei Jun memperlihatkan model 1,3B yang berjalan di ponsel dan "
            "memulai uji coba undangan Xiao Ai berbasis LLM."),
        people=["lei-jun"], orgs=["xiaomi", "xiaomi-ai-lab"],
    ),
    event(
        "luo-fuli-zhihu-deepseek-v2-post",
        tx("Luo Fuli praises DeepSeek-V2's Chinese-language ability on Zhihu",
           "Luo Fuli memuji kemampuan berbahasa Tionghoa DeepSeek-V2 di Zhihu"), "2024-05",
        "research", "reported", ["S00", "S01", "S03"],
        date_note="Month from S01/S03 ('去年5月' / '今年5月'); the day was not found.",
        status_note="An attributed claim (her own assessment), not a measured result; known "
        "through later quotations of the post.",
        description=tx(
            "After DeepSeek-V2's release Luo Fuli writes on Zhihu that, on Chinese-language "
            "ability alone, DeepSeek-V2 is in the first tier of domestic and foreign "
            "closed-source models, and that at 1 yuan per million input tokens it costs about "
            "1/100 of GPT-4.",
            "Setelah DeepSeek-V2 dirilis, Luo Fuli menulis di Zhihu bahwa dalam hal kemampuan "
            "berbahasa Tionghoa saja, DeepSeek-V2 berada di jajaran teratas model sumber "
            "tertutup dalam dan luar negeri, dan bahwa dengan harga 1 yuan per sejuta token "
            "masukan biayanya sekitar 1/100 GPT-4."),
        people=["luo-fuli"], orgs=["deepseek"], tags=[SEED, LUO],
        notes=[NOTE_CHINESE_ABILITY],
    ),
    event(
        "xiaomi-milm-filing",
        tx("Xiaomi's MiLM passes China's large-model filing",
           "MiLM Xiaomi lolos pendaftaran model besar Tiongkok"), "2024-05",
        "regulatory", "confirmed", ["S06", "S10"],
        date_note="ETNet (S10, 2024-12-27) says only '今年5月' (May this year), i.e. May 2024; "
        "it gives no day.",
        description=tx(
            "Xiaomi says MiLM has passed the national large-model filing and will be applied to "
            "cars, phones and smart-home products.",
            "Xiaomi menyatakan MiLM telah lolos pendaftaran model besar nasional dan akan "
            "diterapkan pada mobil, ponsel, dan produk rumah pintar."),
        orgs=["xiaomi"],
    ),
    event(
        "deepseek-v2-released",
        tx("DeepSeek releases the open-source MoE model DeepSeek-V2",
           "DeepSeek merilis model MoE sumber terbuka DeepSeek-V2"), "2024-05-06",
        "product", "confirmed", ["S00", "S57a", "S57b", "S05", "S06", "S57c", "S71"],
        date_note="arXiv paper submitted 2024-05-07.",
        status_note="Release month agreed by several sources (S57a-c); Yicai's description of "
        "Luo Fuli as a key developer is cited by TechWeb and EEPW (S06, S05).",
        description=tx(
            "DeepSeek-V2 (236B total / 21B active parameters, MoE with Multi-head Latent "
            "Attention, 128K context) is released with open weights and very low API prices; "
            "Luo Fuli is reported as one of its key developers.",
            "DeepSeek-V2 (total 236B / 21B parameter aktif, MoE dengan Multi-head Latent "
            "Attention, konteks 128K) dirilis dengan bobot terbuka dan harga API yang sangat "
            "rendah; Luo Fuli disebut sebagai salah satu pengembang utamanya."),
        people=["luo-fuli"], orgs=["deepseek"], tags=[SEED, LUO],
        notes=[NOTE_MOE,
               "EEPW, following Yicai, says MLA was the model's key innovation and that Luo Fuli "
               "was 'one of the core people of this work' (S05).",
               "Her name appears on earlier DeepSeek papers (DeepSeek LLM, DeepSeek-Coder, "
               "DeepSeekMoE; S71); the DeepSeek-V2 author list itself was not checked.",
               "Its low API price is reported to have set off a Chinese LLM price war (S57a, "
               "S57c). Weights on Hugging Face; code under MIT (S57b, S57c)."],
    ),
    event(
        "zhang-duo-returns", tx("Zhang Duo returns to Xiaomi", "Zhang Duo kembali ke Xiaomi"),
        "2024-09-10", "hiring", "reported", ["S12", "S03"],
        date_note="Year inferred from the context of the Leiphone report (S12).",
        status_note="The date comes from one report, whose own date is not shown.",
        description=tx(
            "Zhang Duo, at Xiaomi from 2016 to 2021, whom Lei Jun called 'Xiaomi's great god', "
            "announces his return to Xiaomi.",
            "Zhang Duo, yang bekerja di Xiaomi pada 2016–2021 dan disebut Lei Jun sebagai "
            "'dewa' Xiaomi, mengumumkan kepulangannya ke Xiaomi."),
        people=["zhang-duo", "lei-jun"], orgs=["xiaomi"],
    ),
    event(
        "xiaomi-rd-forecast-2024-2025",
        tx("Xiaomi forecasts 24 billion yuan R&D for 2024 and 30 billion for 2025",
           "Xiaomi memperkirakan R&D 24 miliar yuan pada 2024 dan 30 miliar pada 2025"),
        "2024-10-17", "investment", "disputed", ["S00", "S18", "S19", "S20", "S21"],
        date_note="First dated statement found is by Lei Jun (2024-10-17, repeated 2024-10-29); "
        "the seed attributes it to Lu Weibing.",
        status_note="The figures are confirmed; who said them is disputed.",
        description=tx(
            "Xiaomi's leadership says R&D will be about 24 billion yuan in 2024 and about 30 "
            "billion in 2025 (actual 2024: 24.1 billion; about a quarter of 2025 R&D to go to "
            "AI).",
            "Pimpinan Xiaomi menyatakan biaya R&D akan sekitar 24 miliar yuan pada 2024 dan "
            "sekitar 30 miliar pada 2025 (realisasi 2024: 24,1 miliar; sekitar seperempat R&D "
            "2025 untuk AI)."),
        people=["lei-jun", "lu-weibing"], orgs=["xiaomi"], tags=[SEED, RD],
        conflicts=[conflict(T_FORECAST, [
            ("Lu Weibing, Xiaomi Group President (the seed; its Chinese source: "
             "'小米集团总裁卢伟冰透露')", ["S00", "S01"]),
            ("Lei Jun, at the World Intelligent Connected Vehicles Conference on 2024-10-17 and "
             "at the Xiaomi 15 launch on 2024-10-29", ["S18", "S19"]),
        ], "Every independently dated source has Lei Jun saying it; no 2024 Lu Weibing statement "
           "of these figures was found.")],
        notes=["2024-10-17, World Intelligent Connected Vehicles Conference: about 24 billion in "
               "2024 (up about 26% year on year) and over 30 billion in 2025 (S18).",
               "2024-10-29, Xiaomi 15 / HyperOS 2 launch: over 24 billion in 2024 and 30 "
               "billion in 2025 (S19).",
               "FY2024 results: actual R&D 24.1 billion yuan (S20)."],
    ),
    event(
        "xiaomi-ai-platform-dept",
        tx("Xiaomi sets up an AI Platform Department under Zhang Duo",
           "Xiaomi membentuk Departemen Platform AI di bawah Zhang Duo"), "2024-11",
        "organization", "confirmed", ["S00", "S12", "S01", "S04", "S03"],
        date_note="Seed says 'this year' (= 2024); exact day not found.",
        description=tx(
            "Within its Basic Technology Platform Department, Xiaomi creates an AI Platform "
            "Department headed by Zhang Duo, reporting to Feng Honghua under the Technology "
            "Committee.",
            "Di dalam Departemen Platform Teknologi Dasar, Xiaomi membentuk Departemen "
            "Platform AI yang dipimpin Zhang Duo, melapor kepada Feng Honghua di bawah Komite "
            "Teknologi."),
        people=["zhang-duo", "feng-honghua"],
        orgs=["xiaomi", "xiaomi-ai-platform-dept", "xiaomi-tech-committee", "leiphone"],
        tags=[SEED],
        notes=["The seed's 'Tahun ini' (this year) is 2024: the Chinese texts say '今年11月' "
               "(S01, S04) and a 2025 rewrite says '去年11月' (S03).",
               "Leiphone's exclusive (S12) says the change happened 'last week'; the page links "
               "to stories on Tencent's Q3 2024 results, which suggests mid-November 2024."],
    ),
    event(
        "luo-fuli-xiaomi-hire-reported",
        tx("Reports say Lei Jun is recruiting Luo Fuli to lead Xiaomi's AI large-model team",
           "Laporan: Lei Jun merekrut Luo Fuli untuk memimpin tim model besar AI Xiaomi"),
        "2024-12-20", "hiring", "reported",
        ["S00", "S03", "S05", "S06", "S08", "S11", "S66"],
        date_note="Earliest report found is Yicai 2024-12-20; the seed cites Securities Times "
        "(date not found); salary unconfirmed.",
        status_note="Several outlets carried Yicai's report, which rests on insiders; neither "
        "Xiaomi nor Luo Fuli confirmed it at the time, later sources disagree on what happened, "
        "and she confirmed joining Xiaomi MiMo only on 2025-11-12.",
        description=tx(
            "Chinese media report that DeepSeek-V2 key developer Luo Fuli will join Xiaomi, "
            "possibly at its AI Lab, to lead the large-model team, reportedly recruited "
            "personally by Lei Jun with pay at the ten-million-yuan level; neither side "
            "confirms.",
            "Media Tiongkok melaporkan bahwa Luo Fuli, pengembang utama DeepSeek-V2, akan "
            "bergabung dengan Xiaomi, mungkin di AI Lab, untuk memimpin tim model besar; "
            "kabarnya ia direkrut langsung oleh Lei Jun dengan gaji di tingkat sepuluh juta "
            "yuan; kedua pihak tidak mengonfirmasi."),
        people=["luo-fuli", "lei-jun"],
        orgs=["xiaomi", "xiaomi-ai-lab", "deepseek", "yicai", "securities-times"],
        tags=[SEED, LUO],
        conflicts=[
            conflict(T_SALARY, [
                ("'Puluhan juta' (tens of millions), currency not stated", ["S00"]),
                ("千万 / at the ten-million-yuan level (千万元级别), per insiders", ["S06", "S66"]),
                ("'Up to 10 million yuan (about US$1.4 million)'", ["S48", "S58"]),
                ("Lu Weibing reportedly did not directly respond to the figures", ["S53"]),
            ], "Never confirmed by Xiaomi or by Luo Fuli."),
            HIRE_STATUS,
            conflict(T_FIRST_REPORT, [
                ("Securities Times (证券时报), per the seed and S03; that article and its date "
                 "were not found", ["S00", "S03"]),
                ("Yicai (第一财经), 2024-12-20: the earliest dated report found", ["S05", "S06",
                                                                                "S08"]),
            ]),
            conflict(T_LIVE_STREAM, [
                ("Lei Jun mentioned the offer in a live stream in December 2024", ["S47", "S48",
                                                                                  "S65"]),
                ("No primary evidence of such a live stream was found", []),
            ]),
        ],
        notes=[NOTE_SALARY,
               "Insiders told Yicai that Lei Jun felt Xiaomi had started too late on large "
               "models and so poached talent himself (雷军亲自挖人, S06, S66).",
               NOTE_CORE_FIGURE],
    ),
    event(
        "xiaomi-gpu-cluster-reported",
        tx("Xiaomi reported to be building a 10,000-GPU cluster",
           "Xiaomi dilaporkan membangun klaster 10.000 GPU"), "2024-12-26",
        "infrastructure", "reported",
        ["S00", "S05", "S06", "S07", "S09", "S10", "S01", "S02", "S08", "S11", "S17", "S67",
         "S76", "S79"],
        date_note="Date of the report; the build began 'several months' earlier; completion "
        "date not found.",
        status_note="One origin: Jiemian's insider report of 2024-12-26, republished by others; "
        "Xiaomi did not comment.",
        description=tx(
            "Jiemian reports that Xiaomi has been building its own 10,000-GPU cluster for "
            "several months, with Lei Jun in a key leadership role; the large-model team "
            "started with 6,500 GPUs.",
            "Jiemian melaporkan bahwa Xiaomi telah beberapa bulan membangun klaster 10.000 GPU "
            "miliknya sendiri, dengan Lei Jun memegang peran kepemimpinan penting; tim model "
            "besar dimulai dengan 6.500 GPU."),
        people=["lei-jun"], orgs=["xiaomi", "jiemian"], tags=[SEED, GPU],
        notes=[NOTE_GPU_SCALE, NOTE_GPU_LEAD,
               "An insider quoted by Jiemian: '在AI硬件这件事情上,最核心的是手机而不是眼镜,"
               "小米在这个领域不'all in'是不可能的' (in AI hardware the phone, not glasses, "
               "matters most; it is impossible for Xiaomi not to go all in) (S05, S06).",
               "Completion date not found; low-reliability summaries give a target of a "
               "10,000-card cluster by Q3 2025, or completion in 2025–2026 (S79).",
               "SCMP paraphrases the report as 'Xiaomi bought about 10,000 GPUs' (S42); AAStocks "
               "reports a Kaiyuan Securities note citing it, alongside a rise in Xiaomi's shares "
               "(S76).",
               "Jiemian's English version says the large-model team was 'established earlier "
               "this year'; all other sources say April 2023 (S07)."],
    ),
    event(
        "deepseek-v3-released", tx("DeepSeek releases DeepSeek-V3", "DeepSeek merilis "
                                   "DeepSeek-V3"),
        "2024-12-26", "product", "reported", ["S74"],
        status_note="Date from one source (S74).",
        description=tx("DeepSeek releases its DeepSeek-V3 model.",
                       "DeepSeek merilis model DeepSeek-V3."),
        orgs=["deepseek"],
    ),
    event(
        "deepseek-r1-released", tx("DeepSeek releases DeepSeek-R1", "DeepSeek merilis "
                                   "DeepSeek-R1"),
        "2025-01-20", "product", "reported", ["S59c"],
        status_note="Date from one source (S59c).",
        description=tx("DeepSeek releases its DeepSeek-R1 model.",
                       "DeepSeek merilis model DeepSeek-R1."),
        orgs=["deepseek"],
        notes=["Qbitai (S46) claims Luo Fuli moved to Xiaomi before R1 went viral; this is not "
               "confirmed."],
    ),
    event(
        "luo-fuli-new-job-reports",
        tx("Reports say Luo Fuli has started a new job",
           "Laporan menyebut Luo Fuli telah memulai pekerjaan baru"), "2025-02-17",
        "career", "disputed", ["S32"],
        status_note="Global People (S32) reports a new job; a low-reliability digest (S64) says "
        "she was still undecided that month.",
        description=tx("Reports say Luo Fuli has started a new job; the employer is not named.",
                       "Laporan menyebut Luo Fuli telah memulai pekerjaan baru; pemberi kerjanya "
                       "tidak disebutkan."),
        people=["luo-fuli"], tags=[LUO, LATER],
        conflicts=[conflict(T_FEB_2025, [
            ("She had started a new job (employer not named)", ["S32"]),
            ("She was still 'undecided' (暂未决定); her Zhihu profile still showed DeepSeek",
             ["S64"]),
        ])],
    ),
    event(
        "luo-fuli-quiet-post",
        tx("Luo Fuli asks the internet for quiet", "Luo Fuli meminta ketenangan dari "
           "internet"), "2025-02-19",
        "person", "confirmed", ["S32", "S48", "S55"],
        date_note="S48 says 2025-02-18; new-job reports 2025-02-17.",
        status_note="Three outlets report the post; they differ by one day on its date.",
        description=tx(
            "Amid reports that she had started a new job, screenshots show Luo Fuli asking on "
            "WeChat Moments to be left to work quietly ('请互联网还我一片安安靜靜做事的氛围') "
            "and rejecting the 'genius girl' label.",
            "Di tengah laporan bahwa ia telah memulai pekerjaan baru, tangkapan layar "
            "memperlihatkan Luo Fuli meminta di WeChat Moments agar dibiarkan bekerja dengan "
            "tenang ('请互联网还我一片安安靜靜做事的氛围') dan menolak julukan 'gadis jenius'."),
        people=["luo-fuli"], tags=[LUO, LATER],
        conflicts=[conflict(T_POST_DAY, [("2025-02-19", ["S32"]), ("2025-02-18", ["S48"])])],
    ),
    event(
        "xiaomi-2025-rd-quarter-ai",
        tx("Lei Jun: about 30 billion yuan of R&D in 2025, about a quarter for AI",
           "Lei Jun: sekitar 30 miliar yuan untuk R&D pada 2025, sekitar seperempatnya untuk "
           "AI"), "2025-02-27",
        "investment", "reported", ["S21", "S20", "S24"],
        date_note="Date of the Xiaomi 15 Ultra / SU7 Ultra launch.",
        status_note="The launch statement comes from one report (S21); the same figures appear "
        "with the FY2024 results (S20).",
        description=tx(
            "At the Xiaomi 15 Ultra / SU7 Ultra launch Lei Jun repeats that Xiaomi's 2025 R&D "
            "will be about 30 billion yuan, about a quarter of it for AI.",
            "Pada peluncuran Xiaomi 15 Ultra / SU7 Ultra, Lei Jun mengulangi bahwa R&D Xiaomi "
            "2025 akan sekitar 30 miliar yuan, sekitar seperempatnya untuk AI."),
        people=["lei-jun"], orgs=["xiaomi"], tags=[RD, LATER],
        notes=["The same figures appear with the FY2024 results (S20), and Lei Jun repeated "
               "them at the National People's Congress in March 2025 (S24)."],
    ),
    event(
        "xiaomi-mimo-7b",
        tx("Xiaomi open-sources MiMo-7B, its first reasoning LLM",
           "Xiaomi merilis MiMo-7B sebagai sumber terbuka, LLM penalaran pertamanya"),
        "2025-04-30", "product", "confirmed", ["S41", "S40b", "S42", "S43", "S44b"],
        date_note="techedt says April 26; SCMP says 'Friday'.",
        status_note="Release confirmed by Xiaomi's GitHub README (S40b) and several reports; "
        "the day differs between them.",
        description=tx(
            "Xiaomi releases MiMo-7B (Base/SFT/RL), a 7B open-source reasoning model trained on "
            "about 25T tokens, which it says beats o1-mini and QwQ-32B-Preview on maths and "
            "code.",
            "Xiaomi merilis MiMo-7B (Base/SFT/RL), model penalaran sumber terbuka 7B yang "
            "dilatih dengan sekitar 25T token, yang menurut Xiaomi mengungguli o1-mini dan "
            "QwQ-32B-Preview dalam matematika dan kode."),
        orgs=["xiaomi", "xiaomi-mimo"], tags=[MIMO, LATER],
        conflicts=[conflict(T_MIMO7B_DAY, [("2025-04-30", ["S41"]), ("'On April 26'", ["S43"]),
                                           ("'On Friday'", ["S42"])])],
        notes=["The GitHub README lists a later RL-0530 update of 2025-05-30 (S40b)."],
    ),
    event(
        "xiaomi-mimo-vl", tx("Xiaomi open-sources MiMo-VL-7B", "Xiaomi merilis MiMo-VL-7B "
                             "sebagai sumber terbuka"), "2025-05",
        "product", "reported", ["S44", "S45"],
        date_note="Around 2025-05-30 (screenshot date in S44).",
        status_note="One report (S44) and one low-reliability summary (S45).",
        description=tx("Xiaomi releases MiMo-VL-7B, a vision-language model built on MiMo-7B.",
                       "Xiaomi merilis MiMo-VL-7B, model visi-bahasa yang dibangun di atas "
                       "MiMo-7B."),
        orgs=["xiaomi", "xiaomi-mimo"], tags=[MIMO, LATER],
    ),
    event(
        "xiaomi-rd-200bn-plan",
        tx("Xiaomi plans 200 billion yuan of R&D over the next five years",
           "Xiaomi merencanakan R&D 200 miliar yuan dalam lima tahun ke depan"), "2025-05-22",
        "investment", "confirmed", ["S26a", "S26b", "S27", "S25", "S26c"],
        description=tx(
            "At Xiaomi's 15th-anniversary launch Lei Jun says about 102 billion yuan was spent "
            "on R&D over the past five years and announces 200 billion for the next five.",
            "Pada peluncuran ulang tahun ke-15 Xiaomi, Lei Jun mengatakan sekitar 102 miliar "
            "yuan telah dibelanjakan untuk R&D dalam lima tahun terakhir dan mengumumkan 200 "
            "miliar untuk lima tahun berikutnya."),
        people=["lei-jun", "lu-weibing"], orgs=["xiaomi"], tags=[RD, LATER],
        notes=["Repeated by Lu Weibing on 2025-11-18 (S27) and at the partner conference on "
               "2025-12-17 (S38), and by Lei Jun on 2026-01-08 (S25)."],
    ),
    event(
        "deepseek-nature-paper-luo",
        tx("DeepSeek-R1 paper in Nature lists Luo Fuli as an independent researcher",
           "Makalah DeepSeek-R1 di Nature mencantumkan Luo Fuli sebagai peneliti independen"),
        "2025-09", "research", "confirmed", ["S46", "S77"],
        date_note="Month of the Nature paper; 36Kr's report is dated 2025-09-19.",
        description=tx(
            "A DeepSeek-R1 paper in Nature lists Luo Fuli among its contributors as a 'Beijing "
            "independent researcher' (北京独立研究者).",
            "Sebuah makalah DeepSeek-R1 di Nature mencantumkan Luo Fuli di antara kontributornya "
            "sebagai 'peneliti independen Beijing' (北京独立研究者)."),
        people=["luo-fuli"], orgs=["deepseek"], tags=[LUO, LATER],
    ),
    event(
        "xiaomi-pku-paper-luo",
        tx("Xiaomi-PKU paper lists Luo Fuli as corresponding author",
           "Makalah Xiaomi-PKU mencantumkan Luo Fuli sebagai penulis korespondensi"),
        "2025-10-14", "research", "confirmed", ["S47", "S48", "S46"],
        description=tx(
            "An arXiv paper by Xiaomi's LLM team and Peking University on MoE reinforcement-"
            "learning stability lists Fuli Luo as corresponding author, the first public sign "
            "of her work with Xiaomi.",
            "Sebuah makalah arXiv dari tim LLM Xiaomi dan Peking University tentang stabilitas "
            "pembelajaran penguatan MoE mencantumkan Fuli Luo sebagai penulis korespondensi, "
            "tanda publik pertama kerjanya bersama Xiaomi."),
        people=["luo-fuli"], orgs=["xiaomi", "xiaomi-mimo", "pku"], tags=[LUO, MIMO, LATER],
    ),
    event(
        "luo-fuli-joins-xiaomi-mimo",
        tx("Luo Fuli confirms she has joined Xiaomi MiMo",
           "Luo Fuli mengonfirmasi telah bergabung dengan Xiaomi MiMo"), "2025-11-12",
        "hiring", "confirmed", ["S34", "S35", "S36", "S33"],
        description=tx(
            "In a WeChat Moments post Luo Fuli says she is at Xiaomi MiMo building toward AGI, "
            "writing that intelligence will move from language to the physical world "
            "('智能终将从语言迈向物理世界').",
            "Dalam unggahan WeChat Moments, Luo Fuli mengatakan ia berada di Xiaomi MiMo untuk "
            "menuju AGI, dan menulis bahwa kecerdasan akan bergerak dari bahasa ke dunia fisik "
            "('智能终将从语言迈向物理世界')."),
        people=["luo-fuli"], orgs=["xiaomi", "xiaomi-mimo"], tags=[LUO, MIMO, LATER],
        notes=["This confirms the hire reported in December 2024. When she actually started at "
               "Xiaomi is not known; see the 2024-12-20 report's conflicts."],
    ),
    event(
        "xiaomi-mimo-embodied",
        tx("Xiaomi open-sources MiMo-Embodied", "Xiaomi merilis MiMo-Embodied sebagai sumber "
           "terbuka"), "2025-11",
        "research", "disputed", ["S51", "S49", "S50"],
        date_note="arXiv 2511.16518; reports disagree on Luo Fuli's role (Chen Long named as "
        "project leader).",
        status_note="The release is confirmed by the arXiv report (S51); Luo Fuli's role in it "
        "is disputed.",
        description=tx(
            "Xiaomi releases MiMo-Embodied, a cross-embodiment foundation model for both "
            "autonomous driving and embodied AI, built on MiMo-VL.",
            "Xiaomi merilis MiMo-Embodied, model fondasi lintas-perwujudan untuk kemudi otonom "
            "dan AI berwujud, yang dibangun di atas MiMo-VL."),
        people=["chen-long", "luo-fuli"], orgs=["xiaomi", "xiaomi-mimo"],
        tags=[LUO, MIMO, LATER],
        conflicts=[conflict(T_EMBODIED, [
            ("Luo Fuli's 'first achievement' at Xiaomi, as a core author", ["S49"]),
            ("A paper of Chen Long's team: Hao Xiaoshuai first author, Chen Long project leader; "
             "Luo Fuli is listed because the model builds on MiMo-VL, as she is said to have "
             "clarified herself", ["S50"]),
        ])],
    ),
    event(
        "lu-weibing-q3-2025-rd",
        tx("Lu Weibing: 2025 R&D will certainly exceed 30 billion yuan",
           "Lu Weibing: R&D 2025 pasti melampaui 30 miliar yuan"), "2025-11-18",
        "investment", "reported", ["S27"],
        status_note="One report (S27).",
        description=tx(
            "With Xiaomi's Q3 2025 results, Lu Weibing says 2025 R&D will 'certainly' exceed 30 "
            "billion yuan and that Xiaomi will spend more than 200 billion over the next five "
            "years.",
            "Bersamaan dengan laporan kuartal III 2025 Xiaomi, Lu Weibing mengatakan R&D 2025 "
            "'pasti' melampaui 30 miliar yuan dan Xiaomi akan membelanjakan lebih dari 200 "
            "miliar dalam lima tahun ke depan."),
        people=["lu-weibing"], orgs=["xiaomi"], tags=[RD, LATER],
    ),
    event(
        "xiaomi-mimo-v2-flash",
        tx("Xiaomi open-sources MiMo-V2-Flash", "Xiaomi merilis MiMo-V2-Flash sebagai sumber "
           "terbuka"), "2025-12-16",
        "product", "confirmed", ["S39", "S36", "S38", "S40", "S37b"],
        date_note="Early morning of 2025-12-17 Beijing time per InfoQ.",
        status_note="Release confirmed by Xiaomi's GitHub README (S40) and several reports; "
        "they give 2025-12-16 (US/UTC) or the early morning of 2025-12-17 (Beijing time).",
        description=tx(
            "Xiaomi releases MiMo-V2-Flash, an MoE model with 309B total / 15B active "
            "parameters, hybrid sliding-window attention, multi-token prediction and a 256K "
            "context, under the MIT licence.",
            "Xiaomi merilis MiMo-V2-Flash, model MoE dengan total 309B / 15B parameter aktif, "
            "atensi jendela geser hibrida, prediksi multi-token, dan konteks 256K, di bawah "
            "lisensi MIT."),
        people=["luo-fuli"], orgs=["xiaomi", "xiaomi-mimo"], tags=[MIMO, LATER],
        conflicts=[conflict(T_FLASH_DAY, [
            ("'Released December 16, 2025'", ["S39"]),
            ("'This early morning' on 2025-12-17, Beijing time", ["S36"]),
            ("The day before the 2025-12-17 conference", ["S38"]),
        ], "US/UTC reports give 12-16; Beijing reports give the early morning of 12-17.")],
    ),
    event(
        "luo-fuli-first-public-appearance",
        tx("Luo Fuli debuts as head of Xiaomi MiMo at the partner conference",
           "Luo Fuli tampil perdana sebagai kepala Xiaomi MiMo di konferensi mitra"),
        "2025-12-17", "organization", "confirmed", ["S36", "S37a", "S38", "S78"],
        description=tx(
            "At Xiaomi's 2025 Human x Car x Home ecosystem partner conference in Beijing, Luo "
            "Fuli makes her first public appearance as head of Xiaomi MiMo large models; Lu "
            "Weibing restates the 200-billion-yuan R&D plan.",
            "Di konferensi mitra ekosistem Human x Car x Home 2025 Xiaomi di Beijing, Luo Fuli "
            "tampil di depan publik untuk pertama kalinya sebagai kepala model besar Xiaomi "
            "MiMo; Lu Weibing menegaskan kembali rencana R&D 200 miliar yuan."),
        people=["luo-fuli", "lu-weibing"], orgs=["xiaomi", "xiaomi-mimo"],
        tags=[LUO, MIMO, RD, LATER],
        notes=[NOTE_CORE_FIGURE],
    ),
    event(
        "lei-jun-2026-rd-plan",
        tx("Lei Jun: 200 billion yuan of R&D over the next five years",
           "Lei Jun: R&D 200 miliar yuan dalam lima tahun ke depan"), "2026-01-08",
        "investment", "reported", ["S25"],
        status_note="One report (S25).",
        description=tx(
            "Lei Jun says Xiaomi will spend 200 billion yuan on R&D over the next five years; "
            "the goal for 2026 is an in-house chip, an in-house OS and an in-house AI large "
            "model together in one device.",
            "Lei Jun mengatakan Xiaomi akan membelanjakan 200 miliar yuan untuk R&D dalam lima "
            "tahun ke depan; target 2026 adalah cip, OS, dan model besar AI buatan sendiri "
            "bersama-sama dalam satu perangkat."),
        people=["lei-jun"], orgs=["xiaomi"], tags=[RD, LATER],
        notes=["In the same post Lei Jun says the earlier 100-billion plan was set 'in 2020'."],
    ),
    event(
        "pku-profiles-luo-fuli",
        tx("Peking University profiles alumna Luo Fuli ('I'm not a genius')",
           "Peking University memprofilkan alumna Luo Fuli ('Saya bukan jenius')"),
        "2026-01-15", "person", "confirmed", ["S52", "S70"],
        date_note="Date of the English profile (S52); a Sohu report of the interview is dated "
        "2026-01-14 (S70).",
        description=tx(
            "Peking University's English news site profiles Luo Fuli, an alumna of its School "
            "of Electronics Engineering and Computer Science.",
            "Situs berita berbahasa Inggris Peking University memprofilkan Luo Fuli, alumna "
            "School of Electronics Engineering and Computer Science."),
        people=["luo-fuli"], orgs=["pku"], tags=[LUO, LATER],
    ),
    event(
        "xiaomi-mimo-v2-pro", tx("Xiaomi launches MiMo-V2-Pro", "Xiaomi meluncurkan "
                                 "MiMo-V2-Pro"), "2026-03",
        "product", "reported", ["S68", "S69"],
        date_note="2026-03-18 only in a secondary GitHub-stored compilation (S69).",
        status_note="A low-reliability page (S68) and a secondary compilation (S69) only.",
        description=tx(
            "Xiaomi launches MiMo-V2-Pro (about 1T total / 42B active parameters), reportedly "
            "first run anonymously on OpenRouter as 'Hunter Alpha'.",
            "Xiaomi meluncurkan MiMo-V2-Pro (total sekitar 1T / 42B parameter aktif), yang "
            "kabarnya lebih dulu dijalankan secara anonim di OpenRouter sebagai 'Hunter "
            "Alpha'."),
        people=["luo-fuli"], orgs=["xiaomi", "xiaomi-mimo"], tags=[MIMO, LATER],
        notes=["The same March 2026 page (S68) claims general foundation-model R&D 'formally "
               "started only at the end of 2024'; this is uncorroborated."],
    ),
    event(
        "xiaomi-mimo-v2-5",
        tx("Xiaomi releases MiMo-V2.5 and V2.5-Pro", "Xiaomi merilis MiMo-V2.5 dan V2.5-Pro"),
        "2026-04", "product", "reported", ["S82", "S69"],
        date_note="Uncertain; 2026-04-22 only in S69; model pages (S82) undated.",
        status_note="Model pages exist (S82) but are undated; the date comes from a secondary "
        "compilation only.",
        description=tx(
            "Xiaomi releases the omni-modal MiMo-V2.5 (310B/15B) and MiMo-V2.5-Pro (1.02T/42B) "
            "with open weights.",
            "Xiaomi merilis MiMo-V2.5 omni-modal (310B/15B) dan MiMo-V2.5-Pro (1,02T/42B) "
            "dengan bobot terbuka."),
        people=["luo-fuli"], orgs=["xiaomi", "xiaomi-mimo"], tags=[MIMO, LATER],
    ),
]

# Groups of events that belong to the same story; every pair in a group is linked both ways.
RELATED_GROUPS: list[tuple[str, ...]] = [
    ("luo-fuli-xiaomi-hire-reported", "luo-fuli-joins-xiaomi-mimo",
     "luo-fuli-first-public-appearance"),
    ("luo-fuli-xiaomi-hire-reported", "luo-fuli-new-job-reports", "luo-fuli-quiet-post"),
    ("luo-fuli-xiaomi-hire-reported", "xiaomi-gpu-cluster-reported"),
    ("luo-fuli-xiaomi-hire-reported", "deepseek-v2-released"),
    ("luo-fuli-xiaomi-hire-reported", "deepseek-r1-released"),
    ("luo-fuli-joins-xiaomi-mimo", "xiaomi-pku-paper-luo", "deepseek-nature-paper-luo"),
    ("luo-fuli-joins-xiaomi-mimo", "xiaomi-mimo-embodied"),
    ("deepseek-v2-released", "luo-fuli-zhihu-deepseek-v2-post"),
    ("deepseek-founded", "high-flyer-founded", "luo-fuli-joins-high-flyer"),
    ("deepseek-founded", "deepseek-v2-released"),
    ("deepseek-v3-released", "deepseek-r1-released"),
    ("luo-fuli-joins-damo", "alibaba-damo-founded"),
    ("luo-fuli-joins-damo", "luo-fuli-joins-high-flyer"),
    ("luo-fuli-enters-bnu", "luo-fuli-acl-2019", "pku-profiles-luo-fuli"),
    ("luo-fuli-born", "luo-fuli-enters-bnu"),
    ("xiaomi-rd-forecast-2024-2025", "xiaomi-rd-100bn-plan", "xiaomi-rd-200bn-plan"),
    ("xiaomi-rd-forecast-2024-2025", "xiaomi-2025-rd-quarter-ai", "lu-weibing-q3-2025-rd"),
    ("xiaomi-rd-forecast-2024-2025", "lu-weibing-group-president"),
    ("xiaomi-rd-200bn-plan", "lu-weibing-q3-2025-rd", "lei-jun-2026-rd-plan",
     "luo-fuli-first-public-appearance"),
    ("xiaomi-rd-100bn-plan", "lei-jun-2026-rd-plan"),
    ("lu-weibing-joins-xiaomi", "lu-weibing-group-president"),
    ("xiaomi-founded", "xiaomi-hkex-listing"),
    ("xiaomi-first-ai-team", "xiaomi-llm-team-formed"),
    ("xiaomi-llm-team-formed", "xiaomi-q1-2023-results", "xiaomi-milm-unveiled"),
    ("xiaomi-milm-unveiled", "xiaomi-milm-filing"),
    ("xiaomi-llm-team-formed", "xiaomi-gpu-cluster-reported"),
    ("xiaomi-ai-platform-dept", "zhang-duo-returns"),
    ("xiaomi-mimo-7b", "xiaomi-mimo-vl", "xiaomi-mimo-embodied"),
    ("xiaomi-mimo-v2-flash", "luo-fuli-first-public-appearance"),
    ("xiaomi-mimo-7b", "xiaomi-mimo-v2-flash", "xiaomi-mimo-v2-pro", "xiaomi-mimo-v2-5"),
]


# Indonesian for the date and status notes, by event id: (date_note, status_note).
NOTES_ID: dict[str, tuple[str | None, str | None]] = {
    "xiaomi-founded": (None, "Tanggal dari surat Lei Jun sendiri menjelang pencatatan saham "
                       "2018 (S61a), sebuah pernyataan primer."),
    "high-flyer-founded": (
        "2015 menurut salinan Wikipedia (S59b); 'berbadan hukum Februari 2016' menurut "
        "WikiMili (S59a).",
        "Sumber-sumber tidak sepakat tentang tanggal pendiriannya."),
    "luo-fuli-born": (
        "Hari dan bulan tidak ditemukan.",
        "Artikel sumber, Zing News (S34), dan The Independent SG (S56) menyebut 1995; usia "
        "dalam liputan selanjutnya sesuai (S54: 29; S55: 30)."),
    "luo-fuli-enters-bnu": (
        "VnExpress (S55) menyebut 2016; 2013 menurut Zing News (S34) sesuai dengan tahun lahir "
        "1995.",
        "Bahwa ia belajar ilmu komputer di BNU sudah terkonfirmasi (S03); tahun masuknya "
        "belum."),
    "lu-weibing-joins-xiaomi": (
        "Jiemian (S62a) menyebut 2019; bulannya berasal dari halaman berkeandalan rendah "
        "bertanggal 2019-01-02 (S62c).",
        "Bulannya hanya bersandar pada halaman berkeandalan rendah; biografi ketiga (S63) "
        "bertentangan."),
    "luo-fuli-acl-2019": (
        "ACL 2019, Pertemuan Tahunan ke-57, diadakan di Florence, Italia, pada Juli 2019; "
        "artikel sumber hanya menyebut tahunnya.", None),
    "xiaomi-first-ai-team": (
        "Sumber hanya menyebut tahunnya: laporan Jiemian (S07, S05), Guancha (S11), dan Wang "
        "Fei dari Xiaomi (S73) semuanya menyebut 2016.", None),
    "luo-fuli-joins-damo": (
        "Mulai 2020 (S81, rendah) atau 2021 (S33); belum terpecahkan.",
        "Bahwa ia bekerja di DAMO sudah terkonfirmasi (S01, S03); kapan ia mulai, dan "
        "karenanya kapan ia lulus magister, belum."),
    "luo-fuli-joins-high-flyer": (
        "Sumber hanya menyebut tahunnya: S01 dan S03 menulis '2022年' (pada 2022).", None),
    "xiaomi-rd-100bn-plan": (
        "Diumumkan 2021-12-28; Lei Jun kemudian menghitung rencana itu sebagai 2020/2021–2025 "
        "(sekitar 102–105 miliar terpakai); fokus AI/OS/cip tidak ada dalam sumber 2021.",
        "Janjinya sendiri terkonfirmasi (S22); periode dan fokusnya diperdebatkan."),
    "lu-weibing-group-president": (
        "S62b menyebut 30 Desember; tahun 2022 berasal dari konteks dan dari Jiemian (S62a: "
        "mitra pada 2020, presiden grup dua tahun kemudian).", None),
    "xiaomi-llm-team-formed": (
        "Unggahan Weibo Lei Jun 2023-04-14; hari pembentukan yang pasti belum terkonfirmasi; "
        "diungkap dalam laporan kuartal I pada 2023-05-24.", None),
    "xiaomi-q1-2023-results": (
        "Tanggal laporan diterbitkan; paparan hasilnya juga pada Mei 2023.",
        "Janji dalam artikel sumber sesuai dengan laporan itu sebagaimana diberitakan "
        "Gizcoupon (S14), disertai halaman berkeandalan rendah (S75)."),
    "deepseek-founded": (
        "S59c hanya menyebut bulannya (Juli 2023), bukan harinya.",
        "Bulan pendiriannya berasal dari satu sumber (S59c); tidak ada sumber yang "
        "membantahnya."),
    "xiaomi-milm-filing": (
        "ETNet (S10, 2024-12-27) hanya menyebut '今年5月' (Mei tahun ini), yaitu Mei 2024; "
        "harinya tidak disebut.", None),
    "xiaomi-milm-unveiled": ("Rilis GitHub dilaporkan sehari sebelum pidato.", None),
    "luo-fuli-zhihu-deepseek-v2-post": (
        "Bulan dari S01/S03 ('去年5月' / '今年5月'); harinya tidak ditemukan.",
        "Klaim yang diatribusikan (penilaiannya sendiri), bukan hasil pengukuran; diketahui "
        "dari kutipan unggahan itu di kemudian hari."),
    "deepseek-v2-released": (
        "Makalah arXiv diajukan 2024-05-07.",
        "Bulan rilis disepakati beberapa sumber (S57a-c); gambaran Yicai tentang Luo Fuli "
        "sebagai pengembang utama dikutip oleh TechWeb dan EEPW (S06, S05)."),
    "zhang-duo-returns": (
        "Tahun disimpulkan dari konteks laporan Leiphone (S12).",
        "Tanggalnya berasal dari satu laporan yang tanggalnya sendiri tidak terlihat."),
    "xiaomi-rd-forecast-2024-2025": (
        "Pernyataan bertanggal pertama yang ditemukan adalah dari Lei Jun (2024-10-17, "
        "diulang 2024-10-29); artikel sumber mengatribusikannya kepada Lu Weibing.",
        "Angkanya terkonfirmasi; siapa yang mengucapkannya diperdebatkan."),
    "xiaomi-ai-platform-dept": (
        "Artikel sumber menyebut 'tahun ini' (= 2024); hari yang pasti tidak ditemukan.", None),
    "luo-fuli-xiaomi-hire-reported": (
        "Laporan paling awal yang ditemukan adalah Yicai 2024-12-20; artikel sumber mengutip "
        "Securities Times (tanggal tidak ditemukan); gaji tidak terkonfirmasi.",
        "Beberapa media memuat laporan Yicai yang bersandar pada orang dalam; baik Xiaomi "
        "maupun Luo Fuli tidak mengonfirmasinya saat itu, sumber-sumber selanjutnya tidak "
        "sepakat tentang apa yang terjadi, dan ia baru mengonfirmasi bergabung dengan Xiaomi "
        "MiMo pada 2025-11-12."),
    "xiaomi-gpu-cluster-reported": (
        "Tanggal laporan; pembangunan dimulai 'beberapa bulan' sebelumnya; tanggal selesainya "
        "tidak ditemukan.",
        "Satu asal: laporan orang dalam Jiemian pada 2024-12-26, dimuat ulang oleh media lain; "
        "Xiaomi tidak berkomentar."),
    "deepseek-v3-released": (None, "Tanggal dari satu sumber (S74)."),
    "deepseek-r1-released": (None, "Tanggal dari satu sumber (S59c)."),
    "luo-fuli-new-job-reports": (
        None,
        "Global People (S32) melaporkan pekerjaan baru; sebuah ringkasan berkeandalan rendah "
        "(S64) menyebut ia masih belum memutuskan pada bulan itu."),
    "luo-fuli-quiet-post": (
        "S48 menyebut 2025-02-18; laporan pekerjaan baru 2025-02-17.",
        "Tiga media melaporkan unggahan itu; tanggalnya berbeda satu hari."),
    "xiaomi-2025-rd-quarter-ai": (
        "Tanggal peluncuran Xiaomi 15 Ultra / SU7 Ultra.",
        "Pernyataan di peluncuran berasal dari satu laporan (S21); angka yang sama muncul "
        "bersama laporan keuangan FY2024 (S20)."),
    "xiaomi-mimo-7b": (
        "techedt menyebut 26 April; SCMP menyebut 'Jumat'.",
        "Rilis terkonfirmasi oleh README GitHub Xiaomi (S40b) dan beberapa laporan; harinya "
        "berbeda-beda."),
    "xiaomi-mimo-vl": (
        "Sekitar 2025-05-30 (tanggal tangkapan layar di S44).",
        "Satu laporan (S44) dan satu ringkasan berkeandalan rendah (S45)."),
    "deepseek-nature-paper-luo": (
        "Bulan terbit makalah Nature; laporan 36Kr bertanggal 2025-09-19.", None),
    "xiaomi-mimo-embodied": (
        "arXiv 2511.16518; laporan tidak sepakat tentang peran Luo Fuli (Chen Long disebut "
        "sebagai pemimpin proyek).",
        "Rilisnya terkonfirmasi oleh laporan arXiv (S51); peran Luo Fuli di dalamnya "
        "diperdebatkan."),
    "lu-weibing-q3-2025-rd": (None, "Satu laporan (S27)."),
    "xiaomi-mimo-v2-flash": (
        "Dini hari 2025-12-17 waktu Beijing menurut InfoQ.",
        "Rilis terkonfirmasi oleh README GitHub Xiaomi (S40) dan beberapa laporan; mereka "
        "menyebut 2025-12-16 (AS/UTC) atau dini hari 2025-12-17 (waktu Beijing)."),
    "lei-jun-2026-rd-plan": (None, "Satu laporan (S25)."),
    "pku-profiles-luo-fuli": (
        "Tanggal profil berbahasa Inggris (S52); laporan Sohu tentang wawancaranya bertanggal "
        "2026-01-14 (S70).", None),
    "xiaomi-mimo-v2-pro": (
        "2026-03-18 hanya ada dalam kompilasi sekunder yang tersimpan di GitHub (S69).",
        "Hanya satu halaman berkeandalan rendah (S68) dan satu kompilasi sekunder (S69)."),
    "xiaomi-mimo-v2-5": (
        "Tidak pasti; 2026-04-22 hanya ada di S69; halaman model (S82) tidak bertanggal.",
        "Halaman model ada (S82) tetapi tidak bertanggal; tanggalnya hanya berasal dari "
        "kompilasi sekunder."),
}


def _with_indonesian_notes(events: list[Json]) -> list[Json]:
    """Add the Indonesian of each date and status note from NOTES_ID."""
    unknown = set(NOTES_ID) - {event["id"] for event in events}
    if unknown:
        raise ValueError(f"NOTES_ID names unknown events: {sorted(unknown)}")
    result = []
    for event in events:
        date_id, status_id = NOTES_ID.get(event["id"], (None, None))
        translated = dict(event)
        if date_id:
            translated["date_note"] = {**event["date_note"], "id": date_id}
        if status_id:
            translated["status_note"] = {**event["status_note"], "id": status_id}
        result.append(translated)
    return result


def _with_related(events: list[Json]) -> list[Json]:
    """Add ``related`` to each event from RELATED_GROUPS, symmetric and in timeline order."""
    order = {event["id"]: position for position, event in enumerate(events)}
    links: dict[str, set[str]] = {event_id: set() for event_id in order}
    for group in RELATED_GROUPS:
        for event_id in group:
            links[event_id].update(other for other in group if other != event_id)
    result = []
    for event in events:
        related = sorted(links[event["id"]], key=order.__getitem__)
        result.append({**event, "related": related} if related else dict(event))
    return result


def build() -> Json:
    """The whole document as plain JSON data."""
    return {
        "$schema": "../schema/timeline.schema.json",
        "schema_version": 1,
        "title": TITLE,
        "description": DESCRIPTION,
        "default_language": "en",
        "languages": ["en", "id"],
        "notes": DOCUMENT_NOTES,
        "categories": CATEGORIES,
        "people": PEOPLE,
        "organizations": ORGANIZATIONS,
        "sources": SOURCES,
        "events": _with_related(_with_indonesian_notes(EVENTS)),
    }


def render() -> str:
    """The file's exact text: two-space indented UTF-8 JSON with a final newline."""
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale; run python tools/build_builtin_data.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(build()['events'])} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
