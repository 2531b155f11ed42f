// English sentiment lexicon, written for Earshot (weights are our own judgement, -4..4). Base forms mostly:
// the analyzer also tries simple suffix stripping (-s, -ed, -ing, -ly, -est, -er) when a word is not listed.

const entries = (weight: number, words: string) =>
  words.trim().split(/\s+/).map(w => [w, weight] as const);

export const EN_WORDS: Record<string, number> = Object.fromEntries([
  // a wider net (news, product reviews, everyday social media); the hand-weighted tiers below override it
  ...entries(3.0, `awesomeness excellence magnificence splendid splendidly sensational superlative impeccable immaculate
    marvelously fantastically brilliantly gloriously stunningly beautifully exceptionally wonderous wondrous miraculous
    blissful bliss rapturous jubilant exultant enchanting enchanted captivating captivated irresistible unbeatable
    unmatched unrivaled unparalleled peerless top-notch first-rate world-class best-ever greatest-ever heavenly divine
    spellbinding astounding astonished amazed awed awe-inspiring jaw-dropping breathtakingly overjoy lovingly adoring
    treasured cherish cherished delicious scrumptious mouthwatering succulent luscious`),
  ...entries(2.0, `admirably agreeable amiable attentive authentic balanced benevolent bountiful bright brighter brightest
    buoyant calm capable carefree celebrated champion charitable cheer cheerful cheery clean cleaner clear comfort
    comforting commendable compassion compassionate competitive complement complimentary confidence considerate
    constructive content contented cooperative correct courteous credible cute cuter dazzle dear decent dedicated
    delight delighting dependable deserving desirable devoted dignified diligent distinguished dynamic eager earnest ease
    easily ecstasy effortless effortlessly elegance eloquent empower empowered empowering enchant endearing energize
    engaging enhance enhanced enjoyment enlightening enough enrich enriching enthusiasm enthusiastic enthusiastically
    entertaining ethical excel excelled excels exceed exceeded exceeds exciting exquisite fabulous faithful famous fancy
    fascinate favor favour favorable favourite fearless feasible festive fine finest fit flourish flourishing fond
    fondly fortunately friendliness fruitful fulfilled fun gain gains generosity gentle genuine genuinely gift gifts
    glad glee gleeful glow glowing good-looking goodness gorgeous grace gracious grateful gratified gratifying great
    greatness guarantee happier happiest happiness harmonious harmony healing healthful healthier heartening helpfully
    heroine hilarious honor honour honored honorable hooray hopefully hospitable humane humble humor humorous ideal
    idyllic illuminating immense immensely impressive improve improves improving incredible incredibly independence
    informative ingenious innovative insightful inspirational integrity intelligent intuitive invaluable inviting jolly
    jovial joy jubilation justice kindly kindness knowledgeable laudable laugh laughed lavish legendary liberty
    likeable lively lovable loved lovelier loveliest lucid lucky luxurious luxury magic magical majestic marvel master
    mature meaningful merit merry mighty miracle modern motivated motivating neat nice nicer nicest noble nourishing
    nurturing okay openness optimism optimal orderly outstanding overjoyed paradise passionate patience patient
    peaceful perfect perfectly pleasant pleasantly pleased pleasurable plentiful plenty poised polished popular positive
    positively powerful practical praise praising precious precise premier prestigious pretty pride privilege
    privileged prize prized productive proficient profit profitable progress prominent prompt promptly proper
    prosper prosperity prosperous protect protected proud proudly prudent qualified quality quick radiant rapport rave
    raving ready reassure reassuring recommend refined reform reformed refresh refreshed rejoice relaxed reliable
    reliably relieve remarkable renewed renowned rescue rescued resilient resolve resolved resourceful respectful
    responsive restful restored revel revolutionary reward rewarded righteous robust romance safe salute sane satisfied
    savvy scenic secure securely seamless seamlessly sensible serene serenity sexy sharp shine shining shiny skillful
    sleek slick smart smartly smile smiled smiles smooth smoothly snappy soothing sophisticated soulful sparkling
    speedy spirited splendor spotless stable steady stellar stimulating striking strong stronger strongest stunning
    stylish suave sublime succeed success successes successfully sufficient suitable sunny super superb superior
    support supporter supportive supreme sure surpass surpassed sweet sweetheart swift sympathetic talented tasteful
    tender terrific thank thankfully thoughtful thrilled thrive thriving tidy timely tolerant top tough tranquil
    treasure tremendous triumph trust trusting trusty truthful unbiased undisputed unique united unity upbeat uplift
    upscale useful valiant valuable versatile vibrant victorious victory vigorous virtue virtuous visionary vital
    vivid warm warmer warmly warmth wealthy welcoming well-made wellbeing whole wholeheartedly willing wisdom witty
    won wonder wonderfully worthy wow yay youthful zeal zealous zest`),
  ...entries(1.0, `acceptable accurate adequate adjustable agree approve
    approved assured attractive beneficial better boost capable clarity clear cleared
    coherent collaborative comfortable competent confident consistent convenient cool correct cozy decent
    dependable desired durable easier effective efficient
    ethical fair flexible fluent fresh friendlier functional fun
    handy healthy helped honest hopeful improved informative legit
    lucky manageable modest neat notable ok okay perk pleasing
    plentiful polite popular powerful practical precise pretty promising proper protected quiet
    rational readable reasonable reasonably recovered reliable resolved respected responsible
    safe safer satisfactory secure sensible smooth solid sound spacious stable steady
    sturdy suitable supported sustainable tidy tolerable trendy trusted
    useful welcome worth`),
  ...entries(-1.0, `absent abnormal absurd accidental accusation accuse accused ache aching aggravate aggravating
    aggressive agitated ailing alarm alarmed alarming alienated allegation alleged anxiety apathetic apologize
    apology arbitrary argue argued argument arrogant ashamed assault attack awkward backward bad badly baffled
    banned bankrupt bankruptcy barrier beaten beg bias biased bitter bizarre blah blame bleak blind blunder blurry
    bogus bored boring bother bothered bothering bottleneck breakdown brittle broke bug bugs bumpy burden burdensome
    careless casualty chaos chaotic cheap cheated choppy clash clumsy coerce collapse
    collapsed complain complaining complicated concern concerned concerns condemn condemned confined
    conflict confront confused confusion congested controversial controversy costly crack cramped crash crazy creepy
    crippled critic criticism criticize criticized crooked crowded crude crushed cry curse cynical
    damage damaged damaging dark decay decline declined declining defeat defeated defect deficit delay
    delayed denied deny depressed deprived desperate destroy destroyed destruction deteriorate
    difficult difficulty dirty disabled disadvantage disagree disappear disappeared disapprove disaster discomfort
    disconnected discontinued discourage discouraged disgrace disgruntled dislike dismal dismissed disorder disorganized
    displeased dispute disregard disrupt disrupted disruption dissatisfied distort distorted distract distracted
    distress distressed distrust disturb disturbed disturbing doubt doubtful downgrade downside drab drag drained
    drawback dread dreary drown dubious dull dumb dysfunctional embarrass empty endanger
    endless erratic error errors escalate evade exaggerate exaggerated excessive exhausted exhausting expensive
    expire expired exploit fail fake fault faulty fear fierce fight fighting fired flaw flawed flimsy flop
    foolish forbidden forget forgetful forgot forgotten fragile frail fraught friction frown
    fuss fussy futile gloomy greed greedy grim grumpy guilt gimmick gimmicky harm harmful harsh hassle hate hazard
    hazy headache hectic hesitant hinder hostile hurt ignorant ignore ignored ill illegal impatient imperfect
    impossible impractical inaccurate inadequate inappropriate incapable incomplete inconsistent inconvenience
    inconvenient incorrect ineffective inefficient inferior inflated injure injured injury insecure insignificant
    insufficient intimidate invalid irrelevant irresponsible isolated itchy jammed jealous jealousy joke junky lacking
    lag lame lazy leak leaked leaky lie limp lonely loose loss losses lost loud lousy
    malfunction mediocre melancholy mess messed mishap misleading mistake mistaken misunderstand
    mocked moody mourn mourning murky nag naive nasty negative neglect neglected nervous noisy nonsense not-so
    nuisance obnoxious obscure obsolete offend offended oppose opposed outage outdated overcharged overdue
    overheat overheated overpriced overrated overwhelmed pain panic paranoid pathetic peculiar penalty pessimistic
    petty pity poorly pricey problem problematic protest protested punish punished questionable rage
    rash rejected reluctant remorse repetitive resent restless revenge risk
    rough rude ruin ruined rumor rusty sad sadness scandal scare scared scarce scold scratchy screwed
    setback severe shabby shaky shock shocked shortage shortcoming sick sicken sinister skeptical slow
    sluggish smelly sorrow sorry spam spoiled stale stalled steep stiff stingy stolen strain strained strange
    stress stressed stressful struggle stubborn stuck stupid subpar suffer suffered suffering suspect
    suspicious tense terror threat threaten tired tiresome tough toxic tragic trap trapped trick tricky
    trouble troublesome turmoil ugly unable unacceptable unattractive unaware unclear uncertain uncertainty
    uncomfortable unconvincing undesirable uneasy unemployed unemployment unexpected unfair unfinished unfit
    unfortunately unhappy unhealthy unimpressed unimpressive unlucky unnecessary unpleasant unpopular
    unpredictable unreliable unresolved unresponsive unsafe unsatisfactory unstable unsuccessful unsure untrue unusable
    unwanted unwell upset useless vague victim violate violation vulnerable wary waste weak weakness weird
    wobbly worn worried worrisome worse wreck wrecked wrong`),
  ...entries(-2.4, `abandon abandoned abhorrent abominable abuse abusive agonizing alarmingly anguish annihilate
    apocalypse appalled arrest arrested assassinate atrocity backstab barbaric beating belligerent berserk bigotry
    bleeding bloodshed bloody bomb bombing broken-hearted brutality bully bullying calamity carnage casualties cheater
    cocky condescending contempt corrupted coward cowardly crook crushing cursed damnable dead deadly deceit
    deceitful defame degrading dehumanizing delusional demon demonic deplorable depraved despair despicable
    destitute devastate devastation diabolical dire disastrous disgust disgusted disgusting dishonor dismay
    distraught doom doomed downfall dreadful dumbest egregious enemy epidemic evil execution exploited extortion
    fatality fiasco filth filthy flawed fraudster furious garbage genocide ghastly godawful grief grotesque gruesome
    harassed hatred heinous hell hellish helpless homicide hopeless horrendous horrid horrified horror hostage
    hypocrisy hypocrite hypocritical idiot idiots ignorance imbecile immoral inferior inhumane injustice insane
    insult insulted intolerable jerk kidnap kidnapped loathsome looting lunatic malicious malice massacre menace
    merciless miserable misery monstrous murder murderer nauseous nightmare nightmarish obscene odious offensive
    oppression oppressive outrageous painful pathetic perish pervert pestilence plague poisonous predator prejudice
    psycho punishment racist rape raped repugnant repulsive resentful ridiculous riot rotten rubbish ruthless sadistic
    savage scam scum selfish shameful shameless sick sickening sinful slaughter slave slavery sleazy slime smug
    sordid spiteful stupidity suck sucks suicidal tainted terrible terribly terrified terrorism terrorist
    threatening thug torment torture tortured toxic traitor tragedy traumatic traumatized treacherous treason
    tyranny tyrant unbearable unforgivable unjust unspeakable useless vandalism vicious victimized vile villain
    violence violent vomit vulgar wicked worst worthless wretched`),
  ...entries(1.8, `beauty bravo breakthrough cure cured dream dreams fan fans fortune glory grin grinning holiday holidays
    kudos laughs loyal loyalty party partying save saved saves solution special sunshine surprise surprised treat
    truth wish wishes wishing wealth awesome-sauce enjoys favorites favourites congratulate congratulated gorgeously
    hooray hurray applaud applauded celebrating celebrated champion champions winning wins`),
  ...entries(-1.8, `accident accidents alone ban banned battle battles bitch bitches blood bomb bombs cancel canceled
    cancelled cancellation cancer debt diseases disease drunk fool fools fooled gun guns jail jailed prison prisoner
    reject rejects rejection rob robbery shoot shooting shot sin sins war wars dies sadder saddest sickness illness
    wound wounded crying weep weeping sob sobbing funeral mourn losing lost loses hurts ache`),
  ...entries(3.4, `outstanding superb magnificent phenomenal exceptional masterpiece masterful flawless perfect perfection brilliant
    breathtaking stunning spectacular marvelous marvellous sublime exquisite extraordinary incredible unbelievable astonishing
    wonderful fantastic fabulous terrific awesome amazing excellent best greatest love loved loving adore adored adorable ecstatic
    thrilled overjoyed elated euphoric delighted delightful heavenly glorious triumphant triumph legendary epic gorgeous beloved
    dazzling mesmerizing enthralling riveting exhilarating`),
  ...entries(2.4, `good great nice fine happy glad pleased pleasant enjoy enjoyed enjoyable enjoying fun funny hilarious beautiful
    pretty lovely cute charming sweet kind generous friendly helpful polite courteous caring thoughtful warm cozy comfortable comfy
    clean tidy fresh tasty delicious yummy satisfying satisfied satisfy impressive impressed impress recommend recommended worth
    worthwhile valuable useful handy reliable dependable sturdy durable solid smooth fast quick efficient effective easy convenient
    affordable cheap bargain deal win won winning winner success successful succeed succeeded accomplish achievement proud pride
    hope hopeful optimistic positive confident excited exciting excite eager inspiring inspired inspire inspiration uplifting
    moving touching heartwarming heartfelt compelling engaging entertaining entertain engrossing gripping intriguing interesting
    fascinating clever smart intelligent witty insightful thoughtful profound beautifully elegant graceful stylish classy cool
    fresh original creative innovative imaginative inventive refreshing charm charismatic appealing attractive like liked likes
    favorite favourite fave thank thanks thankful grateful gratitude appreciate appreciated appreciation bless blessing lucky
    fortunate celebrate celebration congrats congratulations cheers welcome welcomed safe secure peace peaceful calm relaxing
    relaxed relax relief relieved healthy heal healed free freedom joy joyful joyous cheerful smile smiling laugh laughing laughter
    yummy gem treasure praise praised applause admire admired admirable respect respected honest honesty trust trusted trustworthy
    fair benefit beneficial improve improved improvement better upgrade easier hooked addictive rocks rock favorable superior
    wise brave courage courageous hero heroic strong strength powerful support supportive supported encourage encouraging
    encouraged care cared promise promising grand rich vivid lively energetic fun-filled must-see thrill thrilling romantic kiss
    hug hugs friend friends friendship family honored honoured wow woo yes yeah affection affectionate passion passionate
    satisfying pleasure pleasing pleasantly gladly happily luckily nicely neat perfectly superbly wonderfully remarkable
    remarkably noteworthy notable accomplished skilled talented talent gifted genius superstar star stellar solidly
    unforgettable memorable crisp sharp intense sincere genuine authentic wholesome rewarding fulfilling`),
  ...entries(1.2, `ok okay decent fair adequate reasonable acceptable alright fine decently works working worked decent
    interesting sure agree agreed well nicely simple straightforward light compact quiet modest pleasantly sufficient
    improved improving respectable competent serviceable watchable readable likable likeable amusing amused humor humour
    hopefully surprisingly tender sentimental lighthearted playful`),
  ...entries(-1.2, `bad poor weak slow boring bored bore dull bland mediocre meh average disappoint disappointing disappointed
    disappointment annoying annoyed annoy irritating irritated irritate frustrating frustrated frustrate frustration tired tiring
    tedious confusing confused confuse messy mess sloppy clumsy awkward uncomfortable difficult hard problem problems issue issues
    trouble troubled bug buggy glitch glitchy lag laggy broken break breaks broke fail failed failure fails failing flaw flawed
    lacking lacks lack missing miss missed overpriced expensive pricey costly noisy loud dirty smelly stinky stale cold rude
    unhelpful unfriendly unprofessional late delay delayed delays lost cheaply flimsy fragile sad sadly
    unhappy upset upsetting worried worry worries worrying anxious anxiety nervous afraid scared fear fearful scary lonely alone
    sorry regret regrets sick ill hurt hurts hurting pain painful sore cry crying cried tears lose losing loser wrong mistake
    mistakes error errors silly stupid dumb ridiculous absurd pointless useless worthless meaningless predictable cliche cliched
    cliché clichés formulaic derivative generic forgettable uninspired unoriginal pretentious overlong overblown contrived
    shallow thin lame corny cheesy sappy trite tired excessive unfunny unconvincing incoherent muddled plodding sluggish
    lifeless flat stiff wooden inept amateurish mess hollow empty clunky convoluted uneven unpleasant unfortunately unfortunate
    doubt doubtful skeptical suspicious complain complaint complaints complained refund return returned returning damaged
    defect defective crack cracked scratch scratched leak leaking leaks dead died die dying death kill killed killing war
    attack attacked violence violent crisis crash crashed conflict threat threatened risk risky danger dangerous unsafe
    struggle struggling struggled poverty poor crime criminal guilty blame blamed shame shameful sucks sucked suck`),
  ...entries(-2.6, `terrible horrible awful dreadful atrocious abysmal appalling horrendous horrid hideous disgusting disgusted
    gross nasty vile revolting repulsive sickening nauseating pathetic miserable misery worst hate hated hates hating hateful
    despise despised loathe loathing detest furious angry anger rage raging outraged outrage livid enraged mad pissed infuriating
    infuriated disaster disastrous catastrophe catastrophic tragic tragedy horror horrific horrifying terrifying terrified
    devastating devastated heartbreaking heartbroken depressing depressed depression hopeless helpless desperate grief grieving
    evil wicked cruel brutal abuse abused abusive harass harassment racist racism sexist bigot bigoted corrupt corruption fraud
    fraudulent scam scammer liar lie lies lied lying cheat cheated cheating steal stole stolen thief robbed betray betrayed
    betrayal deceive deceived deceptive misleading mislead dishonest fake counterfeit garbage trash rubbish junk crap crappy
    shit shitty damn damned dammit hell bullshit fucking fuck fucked screw screwed idiot idiotic moron stupidity incompetent
    insult insulting offensive unacceptable inexcusable unbearable intolerable insufferable excruciating agonizing agony
    nightmare toxic poison poisoned poisoning deadly fatal lethal murder murdered suicide worthless waste wasted wasting
    unwatchable unbearably embarrassing embarrassed humiliating humiliated disgrace disgraceful ugly stinks stink rotten
    moldy filthy infested cockroach cockroaches roach bedbugs`),
  // ambiguous words get a gentler weight than their tier
  ...entries(1.0, `support liked family friend friends yes yeah free deal sure`),
  // words that name institutions or things as often as they judge (United States, health care, political party,
  // Justice Department, grand jury, special counsel, trust fund, campaign promise)
  ...entries(0, `united party parties`),
  ...entries(0.8, `care justice grand special master top dear guarantee reform reforms`),
  ...entries(1.4, `trust promise promises benefit benefits hope hopes wish protect protected progress popular`),
  // "like" is mostly a preposition (looks like, like a); the verb is caught by EN_PHRASES
  ...entries(0, `like likes likely unlikely enough`),
  ...entries(0, `well`),
  ...entries(1.6, `wow`),
  ...entries(0.4, `cheap light`),
].filter(([w]) => !w.startsWith('lack')));

/** Negators: flip what follows (within a few words in the same clause). Words ending in n't are negators too. */
export const EN_NEGATORS = new Set(`not no never nor none nobody nothing nowhere neither without cannot cant dont doesnt didnt isnt
  wasnt arent werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint lack lacks lacking barely hardly scarcely rarely
  neednt mustnt`.trim().split(/\s+/));

export const EN_DEGREE: Record<string, number> = {
  extremely: 1.6, incredibly: 1.5, immensely: 1.5, exceptionally: 1.5, absolutely: 1.5, utterly: 1.5, totally: 1.4, completely: 1.4,
  entirely: 1.3, thoroughly: 1.4, truly: 1.3, really: 1.3, very: 1.3, so: 1.3, super: 1.4, hella: 1.4, mega: 1.4, ultra: 1.4,
  especially: 1.3, particularly: 1.2, remarkably: 1.4, highly: 1.4, deeply: 1.4, most: 1.3, more: 1.1, too: 1.3, quite: 1.1,
  pretty: 1.1, fairly: 0.9, rather: 0.9, somewhat: 0.7, slightly: 0.6, mildly: 0.6, little: 0.7, bit: 0.7, kinda: 0.7, kindof: 0.7,
  sorta: 0.7, 'kind of': 0.7, 'sort of': 0.7, partly: 0.7, marginally: 0.6, almost: 0.8, less: 0.6, least: 0.5, damn: 1.3, freaking: 1.4, fucking: 1.5, effing: 1.4,
  insanely: 1.6, ridiculously: 1.5, crazy: 1.3, seriously: 1.3, literally: 1.2, definitely: 1.3, certainly: 1.2,
};

export const EN_CONTRAST = new Set(['but', 'however', 'though', 'nevertheless', 'nonetheless', 'except']);
export const EN_CONCESSION = new Set(['although', 'while', 'despite', 'whereas', 'even though']);

/** Frequent words that carry no sentiment: listed so that a lookup ends at once instead of trying suffixes. */
export const EN_PLAIN = `the a an and or of to in on at for with from by as is are was were be been being am it its this that these those
  i me my mine we us our you your he him his she her they them their there here what which who whom whose when where why how
  have has had do does did done will would shall should can could may might must just also then than there out up down over
  into about after before again all any both each few other some such only own same too s t don now get got go going gone
  one two three first new time day people year way thing things say said make made see seen know think take come went want
  honestly seriously literally actually really basically because if while until through during between against under again further once movie film story book product phone app
  me myself yourself itself ourselves themselves im youre hes shes were theyre ive youve weve theyve id youd hed wed theyd
  ill youll hell shell well theyll lets thats whos whats heres theres whens wheres whys hows`.trim().split(/\s+/)
  .filter(w => !['well', 'hell'].includes(w));

/** Multi-word readings that beat their parts. */
export const EN_PHRASES: Record<string, number> = {
  'i like': 1.8, 'we like': 1.8, 'you like': 1.2, 'they like': 1.2, 'really like': 2.2, 'i really like': 2.4, 'would like': 0.6,
  'dont like': -1.8, 'didnt like': -1.8, 'doesnt like': -1.6, 'i liked': 1.8, 'i likes': 1.2, 'likes it': 1.6, 'like it': 1.6,
  'stopped working': -2.4, 'doesnt work': -2.2, 'didnt work': -2.2, 'does not work': -2.2, 'did not work': -2.2,
  'not working': -2.2, 'easy to use': 2.2, 'poor quality': -2.4, 'high quality': 2.2, 'great value': 2.6, 'good value': 2.2,
  'no problem': 1.2, 'no problems': 1.4, 'no issues': 1.4, 'no complaints': 1.8, 'well made': 2.2, 'well done': 2.4,
  'cant recommend this enough': 3, 'cant recommend it enough': 3, 'cant recommend them enough': 3, 'without a doubt': 0,
  'as well': 0, 'at least': 0, 'fell apart': -2.4, 'piece of junk': -3, 'piece of crap': -3, 'not bad': 1.2,
};
