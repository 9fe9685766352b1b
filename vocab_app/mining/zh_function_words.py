"""Chinese function words that end a term, for zh_terms.py.

jieba tags some content words c (conjunction): 因果 (causal), 假说 (hypothesis), 接管
(takeover). Inside a term the gloss needs, such a word is crossed; a conjunction listed here
never is (`因为注意力（attention）`: 因为 "because" is no part of the term).
"""

from __future__ import annotations

from vocab_app.mining.lang import word_set

#: Two-character conjunctions and linking adverbs that jieba tags c.
CLAUSE_CONJUNCTIONS = word_set("""
可以 不是 如果 因为 以及 同时 由于 所以 但是 虽然 因此 而且 如此 不过 或者 然后 可是 于是 及其
不仅 只要 另外 而是 还是 此外 并且 此时 然而 从而 尽管 还要 即使 因而 接着 以为 总是 只有 既然
从此 无论 倘若 只是 不管 不但 此后 否则 而言 并非 由此 反而 以外 再说 要是 或是 与其 不如 不论
何况 以便 即便 以致 以至 以此 进而 假如 乃至 不然 以免 除非 虽说 哪怕 要么 无非 加之 况且 反之
而后 继而 非但 尚且 抑或 再者 故而 纵使 然则 即是 即为 如是 固然 既是 若是 若非 假若 假使 倘使
一则 二则 不光 其后 尔后 及至 即令 纵然 只管 不致 不免 以致 总之 要说 别说 且说 何以 与此 除此
""")
#: Function words that end a term whatever jieba's tag says.
STOP_WORDS = word_set("""
的 地 得 了 着 过 把 被 将 在 于 对 向 从 和 与 及 以及 或 或者 也 都 就 还 又 很 更 最 太 非常
十分 特别 比较 那种 这种 这个 那个 一个 一种 某种 某些 这些 那些 所有 各种 每个 每种 是 有 会 能 当
是否 是不是 能否 可否
单个 多个 整个 各个 几个 某个 两个 任何 若干 许多 诸多
可以 要 让 使 以 为 因为 所以 但 而 并 即 等 等等 其 该 此 这 那 它 它们 他们 我们 你们 我 你 他
她 您 咱们 所谓 叫做 叫作 称为 称作 称之为 名为 名叫 视为 如 比如 例如 像 包括 包含 通过 进行
实现 采用 利用
基于 关于 对于 作为 由 再由 并由 则由 而由 先由 均由
""")
#: Multi-character adverbs (single-character ones are stops already).
ADVERBS = word_set("""
已经 正在 曾经 一直 总是 确实 真正 真的 可能 也许 大概 几乎 完全 只是 仅仅 甚至 尤其 特别是
首先 然后 最后 其实 当然 显然 据称 据说 所谓 再次 不断 逐渐 越来越 更加 非常 相当 比较 稍微
就要 也就 只有 终于 依然 仍然 始终 立刻 马上 往往 通常 经常 一起 一般 主要 大多 基本 直接 同样
""")
