"""Word lists for synthetic documents: enough variety for search, small enough to stay fast.

Names are invented from common syllables (pinyin with their characters, and a few other
languages) so that person search in any script has realistic work to do.
"""

from __future__ import annotations

SURNAMES: tuple[tuple[str, str], ...] = (
    ("Li", "李"), ("Wang", "王"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
    ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
    ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
    ("Guo", "郭"), ("He", "何"), ("Gao", "高"), ("Lin", "林"), ("Luo", "罗"),
    ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
)
GIVEN_SYLLABLES: tuple[tuple[str, str], ...] = (
    ("fu", "福"), ("li", "莉"), ("jun", "军"), ("wei", "伟"), ("fang", "芳"),
    ("min", "敏"), ("jing", "静"), ("lei", "磊"), ("yang", "洋"), ("yong", "勇"),
    ("jie", "杰"), ("tao", "涛"), ("ming", "明"), ("chao", "超"), ("hua", "华"),
    ("xin", "欣"), ("yu", "宇"), ("hao", "浩"), ("lan", "兰"), ("qiang", "强"),
    ("ying", "颖"), ("bin", "斌"), ("kai", "凯"), ("ning", "宁"), ("rui", "睿"),
)
OTHER_FIRST = (
    "Anna", "Budi", "Sari", "Dewi", "Rizky", "Maria", "James", "Priya", "Kenji", "Yuki",
    "Omar", "Lena", "Pablo", "Ines", "Tomas", "Aisha", "Daniel", "Sofia", "Arjun", "Mei",
)
OTHER_LAST = (
    "Santoso", "Wijaya", "Kusuma", "Tanaka", "Suzuki", "Garcia", "Muller", "Rossi",
    "Novak", "Kim", "Park", "Sharma", "Okafor", "Silva", "Andersen", "Dubois",
)

ORG_STEMS = (
    "Xiaomi", "DeepSeek", "High-Flyer", "Alibaba", "DAMO", "Peking", "Tsinghua", "Baidu",
    "Tencent", "ByteDance", "Huawei", "Zhipu", "Moonshot", "MiniMax", "Kuaishou", "Meituan",
    "Lenovo", "Oppo", "Vivo", "Honor", "SenseTime", "iFlytek", "Megvii", "Horizon",
)
ORG_KINDS: tuple[tuple[str, str], ...] = (
    ("company", "Technologies"), ("company", "Holdings"), ("lab", "AI Lab"),
    ("university", "University"), ("media", "Daily"), ("fund", "Capital"),
    ("unit", "Research Institute"), ("company", "Robotics"),
)
PUBLISHERS = (
    "Bloomberg", "Reuters", "Caixin", "South China Morning Post", "Kompas", "Detik",
    "TechNode", "36Kr", "LatePost", "The Information", "Nikkei Asia", "Xinhua", "arXiv",
    "ACL Anthology", "Company press release", "Weibo post", "AI news digest",
)
CATEGORIES: tuple[tuple[str, str, str, str], ...] = (
    ("people", "People moves", "Perpindahan orang", "#1E88E5"),
    ("research", "Research", "Riset", "#8E24AA"),
    ("product", "Products", "Produk", "#43A047"),
    ("funding", "Funding and budget", "Pendanaan", "#FB8C00"),
    ("org", "Organization", "Organisasi", "#6D4C41"),
    ("policy", "Policy", "Kebijakan", "#E53935"),
    ("hardware", "Hardware", "Perangkat keras", "#00897B"),
    ("media", "Media coverage", "Liputan media", "#546E7A"),
)
TAGS = (
    "llm", "moe", "robotics", "smartphone", "ev", "chips", "hiring", "salary", "open-source",
    "benchmark", "acl", "neurips", "reasoning", "multimodal", "speech", "vision", "budget",
)

ROLES = (
    "chief scientist", "head of the large-model team", "principal researcher", "intern",
    "vice president", "research engineer", "founder", "board member", "product lead",
)
VERBS_PERSON = (
    "joins", "leaves", "is appointed at", "presents work with", "co-authors a paper for",
    "gives a keynote hosted by", "is reported to be in talks with", "advises",
)
VERBS_ORG = (
    "releases a new model", "announces a research budget", "opens a laboratory",
    "publishes a technical report", "reorganizes its AI division", "ships a flagship phone",
    "raises a funding round", "signs a cloud partnership", "open-sources its weights",
    "launches an assistant app", "files a chip patent", "hosts a developer conference",
)
TOPICS = (
    "mixture-of-experts language models", "on-device inference", "speech recognition",
    "autonomous driving", "multilingual reasoning", "retrieval-augmented generation",
    "humanoid robots", "smartphone cameras", "large-scale pretraining", "AI safety",
    "compute clusters", "edge accelerators", "code generation", "machine translation",
)
SENTENCES = (
    "The announcement was covered by several outlets within a day.",
    "Sources familiar with the matter describe the decision as strategic.",
    "The company did not comment on the figures when asked.",
    "Analysts read the move as part of a wider push into artificial intelligence.",
    "Details of the arrangement were first reported on social media.",
    "The paper was accepted at a major natural language processing venue.",
    "Later reports gave a different date for the same event.",
    "The budget figure comes from an internal memo quoted by the press.",
    "Engineers from the team presented the results at a public event.",
    "An Indonesian article summarised the story with some translation errors.",
    "The team grew quickly over the following months.",
    "Earlier coverage had confused the unit with an unrelated investment fund.",
    "Observers noted that the timeline of the project remains unclear.",
    "The statement was later clarified in an interview.",
    "Benchmarks published alongside the release compare it with open models.",
    "Hiring for the group continued through the year.",
)
ID_WORDS = (
    "bergabung dengan", "meluncurkan", "mengumumkan", "meninggalkan", "menerbitkan",
    "membuka laboratorium", "menyiapkan anggaran", "bekerja sama dengan",
)
