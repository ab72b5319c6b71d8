# ruff: noqa: E501 (phrase templates are kept one per line, however long)
"""Hand-written phrase banks for :mod:`coldstart_lab.data.synthetic.generator`.

Everything here is data: topics, their sub-topics and the phrases the generator samples to
write product listings, onboarding answers, headlines, abstracts, bios and posts.

Template mini-language (expanded by :func:`coldstart_lab.data.synthetic.generator.expand`):

- ``[a|b|c]`` picks one option at random (``[a|]`` makes ``a`` optional); brackets nest.
- ``{slot}`` is filled from the caller's slot table (a team, a person, a city...).

Writing rule: phrases of one topic describe the same interest with *different words*
(espresso machine / moka pot / milk frother / "café drinks at home"), so that two texts of a
topic often share no content word, while generic filler ("premium", "perfect for", "ideal
gift") is shared by every topic. A keyword matcher is misled; a model of meaning is not.
All brands, people, teams, places and companies are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


def lines(block: str) -> tuple[str, ...]:
    """The non-empty, stripped lines of a triple-quoted block."""
    return tuple(s.strip() for s in block.strip().splitlines() if s.strip())


def words(block: str) -> tuple[str, ...]:
    """The whitespace-separated words of a block."""
    return tuple(block.split())


# =============================================================================================
# Shop (article §6.1): 15 categories x 2 latent interests x 3 product groups
# =============================================================================================


@dataclass(frozen=True)
class ShopSub:
    """A product group inside a shop interest: what the items are and what they do."""

    name: str
    subcategory: str  # the visible catalogue subcategory (shared by interests of a category)
    price: tuple[float, float]  # typical price range of a mid-range brand, in EUR
    nouns: tuple[str, ...]  # product names (title material), lower case
    features: tuple[str, ...]  # description sentences, no final full stop


@dataclass(frozen=True)
class ShopTopic:
    """A latent shopping interest (never shown to models)."""

    id: str
    name: str
    category: str
    appeal: float  # how many shoppers hold this interest (relative, log scale)
    subs: tuple[ShopSub, ...]
    uses: tuple[str, ...]  # "what it is for" sentences, shared by the three groups
    intents: tuple[str, ...]  # onboarding answers: "what are you shopping for?"


def _sub(name, subcategory, low, high, nouns, features) -> ShopSub:
    return ShopSub(name, subcategory, (float(low), float(high)), lines(nouns), lines(features))


SHOP_TOPICS: tuple[ShopTopic, ...] = (
    ShopTopic(
        "espresso",
        "Home espresso and coffee",
        "Kitchen & Dining",
        0.4,
        (
            _sub(
                "Espresso machines",
                "Small appliances",
                90,
                700,
                """
                [15-bar|20-bar|pump-driven] espresso machine
                [bean-to-cup|fully automatic] coffee centre
                [dual-boiler|single-boiler|heat-exchanger] espresso maker
                [capsule|pod] brewer with milk module
                [manual lever|semi-automatic] café machine
                [compact|slimline] cappuccino maker with steam wand
                [programmable|12-cup] filter brewer with thermal carafe
                [home|countertop] barista station
                [retro|stainless] latte machine
                """,
                """
                Pulls [a rich|a golden|a velvety] crema in under [a minute|thirty seconds]
                The steam wand textures silky microfoam for latte art
                Pre-infusion [wets|blooms] the puck for an even extraction
                [Thermoblock|Rapid] heating is ready [in 30 seconds|before the kettle boils]
                A gauge on the front panel shows the pressure of every shot
                PID control holds the brew water within one degree
                Removable [1.8 L|2 L|1.5 L] reservoir fills from the top
                Built-in conical grinder with [15|30] settings, from fine to coarse
                One touch for a cappuccino, a flat white or a long black
                Descaling reminder and a drip tray that slides out for rinsing
                Wakes up the household with a fresh pot at the time you set
                Froths milk for a silky cappuccino while the shot runs
                Heats up fast enough for a cup before the school run
                Makes a double ristretto or a tall americano at the twist of a dial
                Italian-style brew pressure without the café queue
                """,
            ),
            _sub(
                "Grinders and brewing tools",
                "Tools & gadgets",
                15,
                220,
                """
                [hand|manual] burr grinder
                stovetop moka pot
                [electric|cordless] milk frother
                [gooseneck|pour-over] kettle
                [glass|steel] cafetière
                [immersion|pressure] brewer for one
                tamper and distribution tool set
                [brewing|drip] scale with timer
                [conical|flat] burr coffee mill
                [glass|ceramic] dripper with paper filters
                """,
                """
                Ceramic burrs keep the beans cool while you grind
                Makes [three|six] cups of strong stovetop brew
                Whips warm or cold milk into foam in [seconds|under a minute]
                A precision spout lets you pour a slow, steady spiral
                Stepless adjustment from Turkish-fine to coarse
                Weighs beans and water to a tenth of a gram
                [Borosilicate glass|Double-walled steel] body keeps the brew hot
                Small enough to pack for the campsite
                The calibrated tamper sits flush in a 58 mm basket
                Four minutes of steeping, one press, no bitter sludge
                Grinds a fresh dose in seconds for a brighter, sweeter cup
                Bubbles up rich coffee on the hob in five minutes
                Makes a fluffy cap of foam for lattes and hot chocolate
                Pour slowly in circles for a clean, tea-like brew
                """,
            ),
            _sub(
                "Cups and beans",
                "Drinkware",
                6,
                60,
                """
                [porcelain|stoneware] cappuccino cups, set of [2|4]
                double-walled [glass|shot] tumblers
                [single-origin|speciality] whole beans, [250 g|1 kg]
                [reusable|insulated] travel mug
                [steel|enamel] latte art pitcher
                [decaf|medium roast|dark roast] house blend
                [hand-thrown|glazed] espresso cups
                [fresh|small-batch] coffee roast
                """,
                """
                Tasting notes of [dark chocolate|stone fruit|caramel] and [hazelnut|citrus|brown sugar]
                Roasted in small batches [every Monday|to order]
                Thick walls hold the heat for a slow morning cup
                Sized for a [double shot|flat white|cortado]
                A sharp spout for pouring rosettas and hearts
                Leak-proof lid for the commute
                Sourced from a [Colombian|Ethiopian|Guatemalan] growers' cooperative
                A cup that fits neatly under the portafilter
                Sweet, nutty and smooth enough to drink without sugar
                Keeps a cortado hot all the way to the office
                Ground to order for your cafetière or machine
                """,
            ),
        ),
        lines(
            """
            Barista-style lattes without leaving the kitchen
            Your morning flat white, exactly how you like it
            Skip the queue and the prices at the corner café
            For anyone who takes the first cup of the day seriously
            Weekend brunch gets a café upgrade
            Turns a caffeine habit into a craft
            Café quality before you have even got dressed
            Pour the perfect cortado on a lazy Sunday
            The daily caffeine ritual, done properly
            For flat white fanatics and cappuccino lovers
            Better than the drive-through, and cheaper by March
            """
        ),
        lines(
            """
            I want to make café drinks at home
            Trying to stop spending a fortune at the coffee shop every morning
            Looking for a proper setup for flat whites and cappuccinos
            Upgrading from instant to something a barista would approve of
            My partner lives on lattes and has a birthday coming up
            I'd like to learn to pull a decent shot of espresso
            I can't function in the morning before my first cup
            """
        ),
    ),
    ShopTopic(
        "baking",
        "Home baking",
        "Kitchen & Dining",
        0.3,
        (
            _sub(
                "Mixers and ovens",
                "Small appliances",
                40,
                600,
                """
                [tilt-head|bowl-lift] stand mixer
                [5-speed|handheld] electric whisk
                [countertop|convection] mini oven
                automatic bread maker
                [dough|proving] drawer
                [planetary|kitchen] mixer with dough hook
                [stand|compact] food mixer
                [programmable|bread] machine
                """,
                """
                The dough hook kneads a wholemeal loaf in [eight|ten] minutes
                Whips egg whites to stiff peaks without tiring your arm
                Holds a steady 27 degrees so dough rises on schedule
                Bakes, proves and keeps warm with a timer you set the night before
                A [4.8 L|5.5 L] steel bowl takes a double batch of cookie dough
                Ten speeds, from a gentle fold to a full whip
                Splash guard with a chute for adding flour as it turns
                Wakes you with the smell of a fresh loaf
                Beats a fluffy sponge batter in minutes
                Kneads pizza dough while you prep the toppings
                Turns flour, water and yeast into a crusty loaf overnight
                Whisks meringue, cream and batters without a splash
                """,
            ),
            _sub(
                "Bakeware",
                "Cookware & bakeware",
                8,
                90,
                """
                [springform|loose-bottom] cake tin
                [cast-iron|enamelled] Dutch oven for bread
                [non-stick|carbon steel] loaf pan
                [rattan|cane] proving basket
                [12-hole|silicone] muffin tray
                [perforated|aluminium] baking sheet set
                fluted tart [tin|ring]
                [fluted|bundt] cake mould
                [enamel|ceramic] pie dish
                """,
                """
                Releases a cheesecake cleanly, every time
                Traps steam for a crackling crust and an open crumb
                Heats evenly, so no pale bottoms and no burnt edges
                Spiral ridges print a bakery pattern on your boule
                Cupcakes pop out without a single crumb left behind
                Holes let the hot air through for crisp biscuits
                A crimped edge for a pastry case that looks shop-bought
                Safe up to 250 degrees and straight into the dishwasher
                Bakes golden, evenly risen sponges
                Your sourdough bakes up tall with a blistered crust
                Tarts and quiches lift out whole, not in crumbs
                A proper tin for Victoria sponges and layer cakes
                """,
            ),
            _sub(
                "Baking tools",
                "Tools & gadgets",
                5,
                60,
                """
                [digital|precision] kitchen scale
                [bench|dough] scraper
                [offset|angled] icing spatula
                [piping bag and nozzle|decorating] set
                [French|tapered] rolling pin
                [bread|scoring] lame with spare blades
                [cooling|wire] rack, [2-tier|3-tier]
                [silicone|pastry] mat with measurements
                [icing|decorating] turntable
                """,
                """
                Weighs flour and butter to the gram
                Lifts sticky dough off the worktop in one pass
                Smooths buttercream into a clean, level finish
                [24|36|52] stainless tips for rosettes, stars and lettering
                Tapered ends make rolling pastry thin and even
                Slashes the crust so your loaf blooms in the oven
                Stacks tiers of scones and cookies to cool in half the space
                Rolls pastry to an even thickness every time
                Spin the cake for smooth, professional icing
                Precise measures so your bakes rise like they should
                Pipe swirls, roses and names on birthday cakes
                """,
            ),
        ),
        lines(
            """
            Birthday cakes, Sunday loaves and everything in between
            For the weekend pâtissier
            Bakery results from your own oven
            Because nothing beats the smell of something rising
            Made for bake-off fans and cookie-jar fillers
            Homemade sourdough, brioche and traybakes made easy
            Rise and shine with a fresh batch of croissants
            Turns your kitchen into a neighbourhood patisserie
            For showstopper birthday cakes and humble banana bread
            Crusty boules, gooey brownies and flaky pastry
            Because shop-bought never tastes quite the same
            """
        ),
        lines(
            """
            I want to get into baking bread and cakes
            Starting a sourdough habit this year
            My kids love decorating cupcakes with me
            Want to make birthday cakes instead of buying them
            Trying to bake like the contestants on TV
            Need kit for pastry and biscuits, I'm a beginner
            Homemade loaves every weekend is the goal
            """
        ),
    ),
    ShopTopic(
        "cosy_home",
        "Cosy living room",
        "Home & Living",
        0.3,
        (
            _sub(
                "Textiles",
                "Soft furnishings",
                15,
                160,
                """
                [chunky knit|faux fur|waffle] throw
                [velvet|boucle|linen] cushion cover
                [wool|jute|shaggy] rug
                [weighted|sherpa] blanket
                [thermal|blackout] curtains
                floor cushion pouffe
                [knitted|quilted] bedspread for the sofa
                [fringed|tasselled] cushion
                """,
                """
                Soft enough to curl up under for a whole film
                Adds texture and warmth to a plain sofa
                Feels warm underfoot on cold mornings
                Hand-loomed by a family workshop
                Keeps draughts out and the heat in
                In [oatmeal|sage|terracotta|charcoal] to sit with any palette
                Extra seating when friends come round
                Wrap yourself up on chilly nights
                A plump, textured accent for an armchair
                Brings warmth and softness to a wooden floor
                Heavy enough to feel like a hug
                """,
            ),
            _sub(
                "Lighting and scent",
                "Lighting",
                10,
                220,
                """
                [soy wax|beeswax] candle
                [reed|ultrasonic] diffuser
                [rattan|linen-shade] table lamp
                warm-white fairy lights
                [salt|arc] floor lamp
                [flameless|LED] pillar candles, set of [3|4]
                [scented|three-wick] candle
                [amber glass|mushroom] lamp
                """,
                """
                Burns for [40|60] hours with notes of [cedar|fig|amber] and [vanilla|tobacco|smoke]
                Scents the room gently for weeks
                Casts a soft, golden glow for slow evenings
                Dimmable to a low, candle-like warmth
                Timer switches them on as it gets dark
                Hand-poured in small batches
                Fills the room with a warm, woody fragrance
                A gentle pool of light for reading on the sofa
                Flickers like a real flame without the soot
                Sets a calm mood for slow evenings at home
                """,
            ),
            _sub(
                "Decor",
                "Decor",
                12,
                180,
                """
                [ceramic|stoneware] vase
                framed [botanical|abstract] print
                [rattan|oak] wall shelf
                [round|arched] wall mirror
                [woven|seagrass] storage basket
                [mantel|wall] clock
                [dried flower|pampas grass] bouquet
                [brass|ceramic] candle holders
                """,
                """
                Glazed by hand, so no two are alike
                Brings a splash of colour above the sofa
                Somewhere to show off books, plants and treasures
                Bounces light around a dark corner
                Hides away remotes, magazines and chargers
                A quiet centrepiece that makes a room feel finished
                Adds character to a bare mantelpiece
                Makes a blank wall feel like home
                A little texture for a shelf or side table
                Turns an empty corner into a welcoming spot
                """,
            ),
        ),
        lines(
            """
            Turns a tired lounge into a hygge retreat
            Make the sofa the best seat in the house
            For long, slow evenings in
            A finishing touch for a warm and welcoming home
            Your living room, softened
            Curl up with a book and a mug of cocoa
            Snug evenings on the sofa, whatever the weather
            Soft light, warm textures, slow weekends
            For a sitting room that hugs you when you come home
            Candlelit nights and lazy Sunday mornings
            """
        ),
        lines(
            """
            We just moved and I want the living room to feel warm and inviting
            Trying to make my flat feel less like a rental
            Candles, blankets, that kind of cosy stuff
            Redecorating the lounge on a small budget
            I want my home to feel calm when I get back from work
            Looking for things that make winter nights in nicer
            """
        ),
    ),
    ShopTopic(
        "organising",
        "Tidy and organised home",
        "Home & Living",
        0.2,
        (
            _sub(
                "Storage",
                "Storage",
                8,
                150,
                """
                [stackable|clear] storage boxes, set of [4|6]
                [under-bed|vacuum] storage bags
                [over-door|hanging] shoe organiser
                [modular|cube] shelving unit
                [bamboo|expandable] drawer dividers
                [airtight|pantry] containers with labels
                [lidded|fabric] storage cubes
                [label maker|spice rack] set
                """,
                """
                See what is inside without opening a single lid
                Frees up half the wardrobe for the rest of the year
                Twenty pockets for trainers, flip-flops and slippers
                Mix and match the cubes to fit any alcove
                Keeps socks, cutlery or cables in their place
                Turns a jumbled cupboard into tidy, labelled rows
                Everything in its place and easy to find
                Tucks away the clutter in seconds
                Makes the most of every inch of cupboard space
                Keeps toys, shoes and paperwork out of sight
                """,
            ),
            _sub(
                "Cleaning",
                "Cleaning",
                10,
                450,
                """
                [cordless|stick] vacuum
                [robot|self-emptying] floor cleaner
                [steam|spray] mop
                [microfibre|lint-free] cloth pack
                [handheld|wet-and-dry] vacuum
                [window|glass] cleaning squeegee
                [lightweight|bagless] vacuum cleaner
                [eco|refillable] cleaning spray set
                """,
                """
                Runs for [40|60] minutes on one charge
                Maps your rooms and tidies while you are out
                Lifts grime from tiles with nothing but hot water
                Traps dust instead of pushing it around
                Picks up crumbs from car seats and stairs
                Streak-free glass in a single sweep
                Cleans stairs, rugs and hard floors in one go
                Picks up pet hair and crumbs without effort
                Makes a spotless kitchen a ten-minute job
                Leaves floors shining without harsh chemicals
                """,
            ),
            _sub(
                "Laundry and wardrobe",
                "Storage",
                6,
                120,
                """
                [velvet|slimline] hangers, pack of [30|50]
                [folding|wall-mounted] drying rack
                [collapsible|two-section] laundry hamper
                [tiered|rolling] clothes rail
                [cedar|lavender] moth repellent blocks
                [heated|airer] clothes dryer
                [shoe|jumper] storage organiser
                """,
                """
                Non-slip and thin, so the wardrobe holds twice as much
                Dries a full load indoors and folds flat afterwards
                Sorts lights from darks before wash day
                Extra hanging space for a small bedroom
                Keeps knitwear fresh and hole-free
                Dries towels and shirts without the tumble dryer
                Keeps every outfit crease-free and easy to spot
                Frees up floor space in a tiny bedroom
                Makes laundry day quicker and tidier
                """,
            ),
        ),
        lines(
            """
            A place for everything, and everything in its place
            Spend less time tidying and more time living
            Declutter one drawer at a time
            For small flats that need to work harder
            Calm, clear surfaces every morning
            Finally find the scissors on the first try
            A clutter-free home in a weekend
            Reclaim your hallway, your wardrobe and your sanity
            Less mess, less stress
            Every shelf, drawer and corner working harder
            """
        ),
        lines(
            """
            My flat is a mess and I want to finally get organised
            Need storage ideas for a tiny apartment
            Marie Kondo-ing the whole house this spring
            Looking for things that make cleaning quicker
            Too much stuff, not enough cupboards
            Want a home that stays tidy with two kids around
            """
        ),
    ),
    ShopTopic(
        "houseplants",
        "Houseplants",
        "Garden & Plants",
        0.2,
        (
            _sub(
                "Plants",
                "Live plants",
                8,
                90,
                """
                [trailing|variegated] pothos in a hanging pot
                [fiddle-leaf|weeping] fig, [60 cm|1 m]
                [snake plant|mother-in-law's tongue]
                [monstera|Swiss cheese plant]
                [calathea|prayer plant]
                [peace lily|spathiphyllum]
                [succulent|cactus] trio
                [rubber plant|ficus elastica]
                [ZZ plant|zamioculcas]
                [string of pearls|hanging trailing] plant
                """,
                """
                Happy in low light and forgiving if you forget to water
                Big, glossy leaves for a statement corner
                Purifies the air in a bedroom or office
                Leaves fold up at night and open again at dawn
                White blooms that return every spring
                Arrives potted, watered and ready to display
                Glossy foliage that thrives on a bit of neglect
                A cascade of green for a shelf or hanging basket
                Copes with dim corners and dry central heating
                New leaves unfurl all through spring and summer
                """,
            ),
            _sub(
                "Pots and stands",
                "Pots & planters",
                6,
                120,
                """
                [terracotta|glazed ceramic] pot with saucer
                [macramé|rope] plant hanger
                [mid-century|bamboo] plant stand
                [self-watering|wicking] planter
                [kokedama|moss pole] kit
                [hanging|wall] planter
                [concrete|speckled] pot
                """,
                """
                Breathable clay keeps the roots from sitting wet
                Hangs a trailing plant in a sunny window
                Lifts your greenery to eye level
                A reservoir waters the soil for up to two weeks
                Gives climbing stems something to grip
                Gives your greenery a stylish new home
                Shows off trailing stems at eye level
                A drainage hole keeps roots healthy
                Creates a little indoor garden on the windowsill
                """,
            ),
            _sub(
                "Plant care",
                "Garden care",
                4,
                80,
                """
                [liquid|slow-release] feed for leafy plants
                [chunky|aroid] potting mix
                [full-spectrum|clip-on] grow light
                [brass|long-spout] watering can
                [mister|humidity] spray bottle
                soil moisture meter
                [orchid|cactus] feed
                [repotting|pruning] kit
                """,
                """
                A monthly boost for deep green leaves
                Bark and perlite for roots that need air
                Gives shade-dwellers a bit of sunshine in winter
                A narrow neck reaches under the foliage
                A fine mist for tropical leaves that crave humidity
                Tells you exactly when to water, no guesswork
                Helps fussy foliage stay lush and healthy
                Fresh soil for roots that have outgrown their pot
                Snip leggy stems to keep plants bushy
                Stops leaf tips browning in dry winter air
                """,
            ),
        ),
        lines(
            """
            Bring the jungle indoors
            For urban jungles of every size
            Green up a windowsill, a desk or a whole room
            Keep your leafy friends thriving
            A little nature for a flat with no garden
            Lush foliage for every windowsill
            For plant parents with a growing family of leafy green friends
            Turn a dark corner into a little rainforest
            Watch new leaves unfurl every week
            Greenery that makes a flat feel alive
            """
        ),
        lines(
            """
            I want to fill my flat with greenery
            I keep killing my plants and want that to stop
            Starting an indoor jungle
            Looking for plants that survive a dark north-facing room
            Love monsteras and trailing stuff
            Want something green on my desk at work
            """
        ),
    ),
    ShopTopic(
        "veg_growing",
        "Growing your own food",
        "Garden & Plants",
        0.0,
        (
            _sub(
                "Seeds",
                "Seeds & bulbs",
                2,
                30,
                """
                heritage tomato seed collection
                [salad leaf|baby spinach] seed mix
                [seed potatoes|early potato tubers], [2 kg|3 kg]
                [chilli|sweet pepper] seeds, [5|8] varieties
                [herb|kitchen garden] starter seeds
                [runner bean|climbing pea] seeds
                [courgette|squash] seeds
                [strawberry|rhubarb] plants
                """,
                """
                Sweet cherry and beefsteak types that crop all summer
                Cut-and-come-again leaves from spring to autumn
                Plant out in March, lift new potatoes in June
                From mild to fiery, for a sunny windowsill
                Basil, coriander, parsley and chives in one packet
                Climbs a wigwam of canes and crops for months
                Easy to grow, even for first-time gardeners
                Sweet, juicy crops from a sunny patch
                Grows happily in a container on the patio
                Sow a pinch every fortnight for a steady supply
                """,
            ),
            _sub(
                "Raised beds and greenhouses",
                "Garden structures",
                25,
                500,
                """
                [cedar|galvanised] raised bed
                [walk-in|lean-to] greenhouse
                [polytunnel|cloche] kit
                [compost|hot composting] bin
                [water butt|rain barrel], [200 L|250 L]
                [heated|electric] propagator
                [mini|4-tier] plastic greenhouse
                [wormery|leaf mould] kit
                """,
                """
                Waist-high planting that is kind to your back
                Extends the season by weeks at both ends
                Keeps frost and pigeons off young seedlings
                Turns kitchen scraps into rich, dark soil
                Collects rainwater from the shed roof
                Gentle bottom heat gets seeds sprouting in February
                Raise tender crops safe from late frosts
                Makes rich compost for next year's beds
                Grow more food in less space
                Harvest earlier and keep picking later into autumn
                """,
            ),
            _sub(
                "Tools",
                "Garden tools",
                8,
                110,
                """
                [stainless|forged] hand trowel and fork
                [bypass|ratchet] pruners
                [border|digging] spade
                [dibber|widger] and seed-sowing set
                [hose reel|soaker hose]
                [kneeler|garden] seat with tool pouch
                [garden|weeding] fork
                [long-reach|telescopic] loppers
                """,
                """
                Ash handles that feel good after a long afternoon
                Clean cuts for fruit bushes and canes
                A tread on the blade for heavy clay
                Pops seedlings out of their cells without tearing the roots
                Waters the beds slowly at the root
                Flip it over and it becomes a seat
                Makes light work of digging over a bed
                Lifts weeds out root and all
                Tough enough for years on the plot
                Keeps the veg patch neat and productive
                """,
            ),
        ),
        lines(
            """
            From plot to plate
            Grow your salads, skip the plastic bags
            For allotment holders and balcony growers alike
            Harvest dinner from your own back garden
            The satisfaction of eating something you grew
            Pick your own salad ten minutes before lunch
            Homegrown tomatoes taste like summer
            For kitchen gardeners, plot holders and windowsill farmers
            Sow in spring, feast all summer
            Fresh herbs and veg without the supermarket
            """
        ),
        lines(
            """
            I want to grow my own vegetables this year
            Just got an allotment and have no idea where to start
            Trying to be more self-sufficient with food
            Tomatoes and herbs on the balcony would be a dream
            Want the kids to see where food comes from
            Thinking about a small greenhouse for the back garden
            """
        ),
    ),
    ShopTopic(
        "running",
        "Running",
        "Sports & Fitness",
        0.5,
        (
            _sub(
                "Running shoes",
                "Footwear",
                40,
                220,
                """
                [cushioned|lightweight] road trainers
                [carbon-plated|racing] flats
                [grippy|lugged] trail shoes
                [stability|support] runners
                [minimalist|barefoot] shoes
                [daily|tempo] running trainers
                [neutral|max-cushion] running shoes
                """,
                """
                A springy foam midsole that gives back on every stride
                A stiff plate for race-day speed
                Deep lugs bite into mud and loose gravel
                A firmer inner edge for runners whose ankles roll in
                A wide toe box and zero drop for a natural stride
                Breathable mesh upper that dries fast
                Soft landings for high-mileage weeks
                Quick and light for intervals and race day
                Grips wet pavements and muddy towpaths
                A snug heel and roomy toes for long miles
                """,
            ),
            _sub(
                "Running clothes",
                "Sportswear",
                12,
                120,
                """
                [split|lined] shorts with phone pocket
                [reflective|hi-vis] jacket
                [merino|technical] long-sleeve top
                [compression|seamless] tights
                [moisture-wicking|blister-free] socks, 3 pairs
                [packable|windproof] gilet
                [thermal|running] leggings
                [lightweight|rain] running jacket
                """,
                """
                A zipped pocket holds keys and a gel
                Stay visible to drivers on dark winter mornings
                Wicks sweat and never smells after a long effort
                Supports tired calves on the back half of a marathon
                Cushioned heel and toe for mile after mile
                Folds into its own pocket when the sun comes out
                Stays light and dry when you are working hard
                Keeps you warm on frosty winter loops
                Chafe-free seams for marathon training
                Reflective details for runs after dark
                """,
            ),
            _sub(
                "Running gear",
                "Sports electronics",
                8,
                450,
                """
                [GPS|multisport] watch
                [chest-strap|optical] heart-rate monitor
                [hydration|race] vest
                [head|chest] torch
                [flip|waist] belt
                [open-ear|bone-conduction] headphones
                [running|armband] phone holder
                [soft|handheld] water bottle
                """,
                """
                Tracks pace, distance and cadence with accurate satellite lock
                Tells you when you are going too hard on an easy day
                Two soft flasks up front for long days on the hills
                A 400-lumen beam for pre-dawn loops
                Sits flat at the waist without bouncing
                Leaves your ears free to hear traffic
                Records every split so you can track your progress
                Carries everything you need for a long run
                Keeps your phone secure and your music playing
                Sip water on the go without breaking stride
                """,
            ),
        ),
        lines(
            """
            Your next personal best starts here
            From first 5k to marathon start line
            For club runners, parkrunners and everyone chasing a faster mile
            Built for early miles and long Sunday efforts
            Keep moving in every season
            Log more miles with less pain
            From the first jog round the park to race day
            Built for tempo runs, long runs and everything in between
            Run further, recover faster
            For early risers who lace up before the sun
            """
        ),
        lines(
            """
            Training for my first half marathon
            I just started jogging and want proper gear
            Doing couch to 5k this spring
            I run most mornings before work
            Want to beat my parkrun time
            Getting back into running after an injury
            Signed up for a marathon in the autumn
            """
        ),
    ),
    ShopTopic(
        "home_gym",
        "Home workouts and strength",
        "Sports & Fitness",
        0.3,
        (
            _sub(
                "Weights",
                "Fitness equipment",
                20,
                500,
                """
                [adjustable|dial-select] dumbbells
                [cast-iron|vinyl] kettlebell
                [Olympic|bumper] plate set
                [foldable|adjustable] weight bench
                [power|squat] rack
                [EZ-curl|straight] barbell
                [hex|rubber] dumbbell set
                [weight|lifting] plates
                """,
                """
                Dial from 2 to 24 kg in seconds
                A wide handle for swings, snatches and goblet squats
                Rubber-coated so the floor survives your deadlifts
                Flat, incline and decline for presses of every kind
                J-hooks and safety arms for heavy squats alone
                Knurled grip that stays put when your hands sweat
                Build strength with presses, rows and curls
                Swap weights quickly between sets
                Heavy-duty steel for serious lifting
                Everything for a full-body strength session
                """,
            ),
            _sub(
                "Cardio machines",
                "Fitness equipment",
                120,
                1500,
                """
                [folding|under-desk] treadmill
                [magnetic|air] rowing machine
                [spin|indoor] bike
                [compact|elliptical] cross trainer
                [smart|interactive] exercise bike
                [stair|step] climber
                [air|assault] bike
                """,
                """
                Folds upright and wheels away after your session
                Smooth resistance that feels like pulling on water
                A weighted flywheel for climbs and sprints
                Low-impact cardio that is kind to your knees
                Streams live classes to a built-in screen
                Burns calories fast in a short session
                Quiet enough for early mornings in a flat
                Track your heart rate and distance on the console
                Builds stamina for any sport
                """,
            ),
            _sub(
                "Accessories",
                "Fitness equipment",
                6,
                80,
                """
                [resistance|loop] band set
                [doorway|wall-mounted] pull-up bar
                [extra-thick|non-slip] exercise mat
                [weighted|speed] skipping rope
                [foam|vibrating] roller
                [ab|push-up] wheel
                [suspension|TRX-style] trainer
                [lifting|workout] gloves
                """,
                """
                Five tensions, from light rehab to heavy assistance
                No drilling, just fit it in a door frame
                Cushions knees and elbows on a hard floor
                Ball bearings for double-unders and HIIT rounds
                Rolls out knots after leg day
                Builds a stronger core in minutes a day
                Turns any door into a full-body workout
                Bodyweight training you can take on holiday
                Grip the bar without blisters
                Add resistance to squats, lunges and glute bridges
                """,
            ),
        ),
        lines(
            """
            Gym-quality sessions without the membership
            Get stronger in your spare room
            Train on your own schedule
            For lifters, HIIT lovers and lunch-break movers
            Fitness that fits in a corner of the living room
            Lift heavier without leaving the house
            Squats, presses and sweaty circuits on your own schedule
            No queue for the rack, ever
            Build muscle and stamina in the spare bedroom
            Your garage, now a training space
            """
        ),
        lines(
            """
            I want to work out at home instead of paying for a gym
            Building a garage gym bit by bit
            Trying to get stronger, mostly lifting
            Looking for a bike or rower for cardio in winter
            Need stuff for quick workouts between meetings
            New year, new me: getting fit at home
            """
        ),
    ),
    ShopTopic(
        "hiking",
        "Hiking and hillwalking",
        "Outdoors",
        0.2,
        (
            _sub(
                "Boots",
                "Footwear",
                50,
                260,
                """
                [waterproof|leather] hiking boots
                [mid-cut|lightweight] walking boots
                [approach|scrambling] shoes
                [insulated|winter] mountain boots
                [gaiters|spare insoles] for boots
                [hillwalking|trekking] boots
                [waterproof|Gore-Tex] walking shoes
                """,
                """
                A breathable membrane keeps feet dry crossing boggy ground
                A grippy sole that sticks to wet rock
                Stiff enough for rocky descents, soft enough to wear in
                A padded cuff supports the ankle on uneven ground
                Sticky rubber for the scramble to the summit
                Keeps your ankles steady on rough ground
                Comfortable straight out of the box on a long day out
                Stays dry through streams and wet grass
                Grips loose scree and slippery paths
                """,
            ),
            _sub(
                "Packs and poles",
                "Outdoor gear",
                15,
                200,
                """
                [30 L|45 L] daypack
                [carbon|aluminium] trekking poles
                [ultralight|roll-top] rucksack
                [map case|compass] set
                [insulated|hydration] bladder
                [hiking|walking] backpack
                [folding|trail] sit mat
                """,
                """
                A ventilated back panel stops the sweaty-back feeling
                Saves your knees on the long way down
                Fits water, lunch and a spare layer for a day on the hills
                Navigate when the phone signal gives up
                Sip on the move without taking the pack off
                Carries a full day's kit without aching shoulders
                Adjustable harness for a comfortable fit
                A rain cover tucks away in the base
                Spreads the load for long days in the hills
                """,
            ),
            _sub(
                "Outdoor clothing",
                "Outdoor clothing",
                25,
                320,
                """
                [waterproof|three-layer] shell jacket
                [softshell|stretch] trousers
                [fleece|grid-fleece] mid-layer
                [down|synthetic] insulated jacket
                [merino|wool] base layer
                [waterproof|insulated] gloves
                [hiking|walking] trousers
                [insulated|hooded] parka
                """,
                """
                Taped seams and a helmet-compatible hood for sideways rain
                Four-way stretch for high steps over stiles
                Warm without the bulk when the wind picks up on the ridge
                Packs down to the size of a water bottle
                Stays warm even when damp, and never smells
                Windproof and warm on exposed summits
                Zip-off legs for hot afternoons
                Sheds showers and dries quickly
                Layers easily under a rain shell
                """,
            ),
        ),
        lines(
            """
            Made for ridgelines, moorland and muddy lanes
            Summit days and long coastal paths
            For walkers who head out whatever the forecast
            Ready for the hills in any season
            Explore further on foot
            For long days on high ridges and windswept moors
            Made for the summit push and the long walk back
            From coastal paths to alpine passes
            Stay dry, warm and steady far from the car park
            Go further into the wild on your own two feet
            """
        ),
        lines(
            """
            I love long walks in the mountains
            Planning a coast-to-coast walk this summer
            Getting into hillwalking with friends
            Need gear for weekends in the Lake District
            I want to do more trekking, maybe the Alps next year
            Walking holidays are my thing
            """
        ),
    ),
    ShopTopic(
        "camping",
        "Camping",
        "Outdoors",
        0.1,
        (
            _sub(
                "Tents and sleeping",
                "Outdoor gear",
                30,
                500,
                """
                [2-person|4-person] tent
                [inflatable|self-inflating] sleeping mat
                [three-season|mummy] sleeping bag
                [pop-up|tunnel] family tent
                [camping|inflatable] pillow
                [lightweight|backpacking] hammock
                [backpacking|one-person] tent
                [air|camping] mattress
                """,
                """
                Pitches in five minutes, even in the dark
                Insulates you from the cold ground all night
                Comfort-rated to minus five for shoulder-season nights
                Room for the whole family and their muddy boots
                Packs down smaller than a loaf of bread
                Sling it between two trees and drift off
                Stays taut and dry through a stormy night
                A cosy night's sleep far from home
                Roomy porch for muddy boots and bags
                Light enough to carry on a long trek
                """,
            ),
            _sub(
                "Camp kitchen",
                "Outdoor gear",
                10,
                180,
                """
                [gas|folding] camping stove
                [titanium|nesting] cook set
                [cool box|electric cooler], [25 L|40 L]
                [enamel|collapsible] mug and plate set
                [solar|rechargeable] lantern
                [camping|portable] grill
                [water|collapsible] carrier
                """,
                """
                Boils a litre of water in under four minutes
                Pots and pans nest inside each other with the stove
                Keeps drinks cold for three days on the beach
                Chip-resistant and light enough to carry to the pitch
                Lights up the whole pitch after sunset
                Cook a full breakfast at the campsite
                Everything for hot meals in the great outdoors
                Makes a brew by the tent in minutes
                Packs flat for the car boot
                """,
            ),
            _sub(
                "Camp furniture",
                "Outdoor gear",
                20,
                250,
                """
                [folding|high-back] camping chair
                [roll-top|aluminium] camp table
                [fire pit|portable firebowl]
                [windbreak|beach shelter]
                [awning|tarp] with poles
                [folding|camping] kitchen stand
                [camp|folding] bed
                """,
                """
                Cup holder, side pocket and a seat you can nap in
                Sets up level even on a bumpy field
                Gather round for marshmallows after dark
                Shelters your pitch from a blustery coastal breeze
                Extra shade and dry space in front of the van
                Relax in comfort around the campfire
                Sets up in seconds on uneven ground
                Sturdy enough for family meals outside
                Folds away into its own carry bag
                """,
            ),
        ),
        lines(
            """
            Nights under canvas, mornings by the lake
            For festival weekends, family campsites and wild pitches
            Sleep under the stars in comfort
            Everything you need for a weekend off-grid
            Make the great outdoors feel like home
            Sleep well under canvas, wake up to birdsong
            Set up camp anywhere from the beach to the backwoods
            Campfire evenings and misty mornings in the tent
            For road-trippers, festival-goers and weekend wanderers
            Home comforts for a night in the woods
            """
        ),
        lines(
            """
            We are planning our first family camping trip
            I want to start wild camping
            Going to a few festivals this summer and need to sleep somewhere
            Love a weekend in a tent by the sea
            Kitting out the van for road trips
            Looking for gear for nights under the stars
            """
        ),
    ),
    ShopTopic(
        "hifi",
        "Music and audio at home",
        "Electronics",
        0.3,
        (
            _sub(
                "Headphones",
                "Audio",
                20,
                400,
                """
                [noise-cancelling|over-ear] headphones
                [true wireless|sport] earbuds
                [open-back|studio] headphones
                [on-ear|foldable] headphones
                [in-ear|wired] monitors
                [wireless|Bluetooth] headphones
                [hi-res|audiophile] earphones
                """,
                """
                Shuts out engine drone and office chatter
                [30|40] hours of battery on a single charge
                A wide, natural soundstage for critical listening
                Folds flat into a slim travel case
                Detailed treble and a punchy low end
                A snug fit that stays in place on the move
                Rich, detailed sound for every genre
                Silence the commute and enjoy your music
                Comfortable enough for all-day listening
                Crisp vocals and thumping bass
                """,
            ),
            _sub(
                "Speakers",
                "Audio",
                30,
                700,
                """
                [bookshelf|powered] speakers
                [portable|rugged] Bluetooth speaker
                [soundbar|Dolby Atmos soundbar] with subwoofer
                [multi-room|wifi] speaker
                [floorstanding|tower] speakers
                [smart|stereo] speaker pair
                [outdoor|party] speaker
                """,
                """
                Room-filling sound from a small box
                Waterproof and drop-proof for the beach and the shower
                Dialogue you can finally hear over the explosions
                Plays the same song in every room, or a different one in each
                Deep, controlled bass without a separate box
                Fills the room with clear, powerful sound
                Brings the party to the garden or the beach
                Pair two for true stereo
                Big sound from a small footprint
                """,
            ),
            _sub(
                "Turntables and hi-fi",
                "Audio",
                40,
                900,
                """
                [belt-drive|direct-drive] turntable
                [stereo|integrated] amplifier
                [moving-magnet|moving-coil] cartridge
                [streaming|network] DAC
                vinyl record [cleaning kit|storage crate]
                [record|vinyl] player
                [phono|headphone] amplifier
                """,
                """
                A built-in phono stage plays records straight away
                Warm, clean power for passive speakers
                Pulls more detail from every groove
                Turns any stream into high-resolution sound
                Keeps your collection dust-free and crackle-free
                Spin your records with warm, analogue sound
                Connects to any speakers in minutes
                Brings out the detail in every recording
                A centrepiece for music lovers
                """,
            ),
        ),
        lines(
            """
            Hear every note the way the artist intended
            For audiophiles and casual listeners alike
            Rediscover your favourite albums
            Sound that fills a room, or just your head
            Music, podcasts and films, with the volume up
            Hear the bassline the way the band played it
            Lose yourself in your record collection
            Crisp highs, warm mids and bass you can feel
            For late-night listening sessions and Saturday playlists
            Bring the concert hall into the living room
            """
        ),
        lines(
            """
            I want better sound for listening to music at home
            Getting back into vinyl
            Need something to block out noise on my commute
            I'm picky about sound quality
            Looking to set up a proper stereo in the living room
            Want a speaker to take to the park with friends
            """
        ),
    ),
    ShopTopic(
        "smart_home",
        "Smart home",
        "Electronics",
        0.1,
        (
            _sub(
                "Security",
                "Smart devices",
                25,
                300,
                """
                [video|wireless] doorbell
                [indoor|pan-and-tilt] security camera
                [smart|keyless] door lock
                [outdoor|floodlight] camera
                [window|door] sensor kit
                [wireless|battery] alarm system
                [smart|motion] sensor
                """,
                """
                See who is at the door from anywhere
                Alerts your phone when something moves while you are away
                Unlock with a code, a fingerprint or your watch
                Night vision and a siren for the driveway
                A chime when the back door opens
                Get alerts the moment something happens at home
                Keeps an eye on parcels left at the door
                Protects your home day and night
                Easy to install without a drill
                """,
            ),
            _sub(
                "Lighting and heating",
                "Smart devices",
                10,
                250,
                """
                [colour|tunable white] smart bulbs, [2|4]-pack
                [learning|smart] thermostat
                [smart|wifi] plug
                [radiator|thermostatic] valve set
                [LED|motion-sensing] light strip
                [smart|app-controlled] lamp
                [smart|connected] radiator
                """,
                """
                Sixteen million colours, or warm white for winding down
                Learns your routine and turns the heating down when you leave
                Switch the lamp or the kettle on from the sofa
                Heats each room only when someone is in it
                Turns on as you walk into the room
                Set the mood from your phone
                Schedules that warm the house before you wake
                Lights that follow your daily routine
                Save energy without thinking about it
                """,
            ),
            _sub(
                "Hubs and assistants",
                "Smart devices",
                25,
                250,
                """
                [voice|smart] assistant speaker
                [touchscreen|smart] display
                [Zigbee|Matter] hub
                [universal|smart] remote
                [smart|home] control panel
                [voice-controlled|smart] alarm clock
                """,
                """
                Ask for the weather, a timer or your shopping list
                Video calls and recipes in the kitchen
                Ties every gadget from every maker into one app
                One button to dim the lights, start the film and close the blinds
                Control every device from one place
                Ask for music, news or the forecast hands-free
                Set routines for mornings and bedtime
                Works with hundreds of devices
                """,
            ),
        ),
        lines(
            """
            A home that responds to your voice
            Automate the boring bits of running a household
            Peace of mind while you are away
            Control everything from one app
            Connected, efficient and easy to set up
            Lights, heating and locks that answer to you
            A house that runs itself while you are at work
            Let your phone do the switching
            Cut waste and know your home is safe
            Wake up to a warm kitchen and a lit hallway
            """
        ),
        lines(
            """
            I want to automate my house
            Looking to control the lights and heating from my phone
            Want to keep an eye on the house while I'm away
            Building a home that talks back to me
            Trying to cut my energy bills with gadgets
            Want to use voice commands for everything
            """
        ),
    ),
    ShopTopic(
        "pc_gaming",
        "PC and console gaming",
        "Computers & Gaming",
        0.4,
        (
            _sub(
                "Peripherals",
                "Computer accessories",
                15,
                250,
                """
                [mechanical|optical-switch] keyboard
                [lightweight|wireless] mouse
                [7.1 surround|wireless] headset
                [extended|XXL] mouse mat
                [racing|flight] wheel set
                [wireless|pro] controller
                [gaming|RGB] keyboard
                [esports|wired] mouse
                """,
                """
                Tactile switches rated for eighty million presses
                A 26,000 DPI sensor for pixel-perfect flicks
                Hear footsteps behind you before you see the enemy
                A smooth cloth surface across the whole desk
                Force feedback that makes every corner feel real
                Back paddles and hair triggers for competitive play
                Lightning-fast response for competitive play
                Customisable lighting and macro keys
                Crystal-clear chat with your squad
                Precision and comfort for long sessions
                """,
            ),
            _sub(
                "Monitors and PCs",
                "Computers",
                150,
                2200,
                """
                [240 Hz|165 Hz] monitor
                [ultrawide|curved] display, 34 inch
                [pre-built|tower] desktop with RTX graphics
                [gaming|performance] laptop
                [handheld|portable] console
                [QHD|4K] gaming monitor
                [compact|small-form-factor] gaming PC
                """,
                """
                A one-millisecond response with no ghosting
                Wraps the battlefield around your field of view
                Runs new releases on high settings at 1440p
                A fast screen and a cool-running chassis on the go
                Plays your library on the sofa, the train or in bed
                Silky-smooth frame rates in fast shooters
                Vivid colours and deep blacks in every game
                Plenty of power for streaming and gaming at once
                Ready to play right out of the box
                """,
            ),
            _sub(
                "Chairs and streaming",
                "Furniture",
                40,
                500,
                """
                [ergonomic|racing-style] chair
                [capture|streaming] card
                [cardioid|USB] microphone with arm
                [RGB|ambient] light bars
                [controller|headset] charging stand
                [gaming|streaming] desk
                [ring|key] light for streams
                """,
                """
                Lumbar support for long sessions
                Stream your console in 4K with no lag
                Broadcast-grade voice for your squad and your viewers
                Syncs colours with the action on screen
                Docks two pads so they are always charged
                Comfortable support for all-night sessions
                Look sharp and sound great on stream
                Tidy cable management for a clean setup
                Room for two monitors and a mixer
                """,
            ),
        ),
        lines(
            """
            Level up your setup
            For competitive players and late-night raiders
            Play longer, aim better, win more
            Made for esports, co-op and marathon sessions
            Every frame counts
            Every headshot, every lap, every boss fight
            Higher frame rates and faster reactions
            For ranked grinds and all-night co-op sessions
            Gear that keeps up with your reflexes
            Your battle station, upgraded
            """
        ),
        lines(
            """
            I play a lot of games and want to upgrade my setup
            Building my first gaming PC
            Into competitive shooters, need faster gear
            Want to start streaming my games
            Looking for a gift for my teenager who games all weekend
            Need something for couch co-op with friends
            """
        ),
    ),
    ShopTopic(
        "home_office",
        "Working from home",
        "Computers & Gaming",
        0.2,
        (
            _sub(
                "Desks and seating",
                "Furniture",
                60,
                700,
                """
                [electric|sit-stand] desk
                [ergonomic|mesh] office chair
                [monitor|dual-screen] arm
                [laptop|aluminium] stand
                [footrest|under-desk] cable tray
                [corner|compact] home office desk
                [kneeling|saddle] chair
                """,
                """
                Glides from sitting to standing at the touch of a button
                Adjustable lumbar and armrests for eight-hour days
                Lifts the screen to eye level and frees up the desk
                Stops the hunch over your notebook
                Hides the tangle of wires out of sight
                Switch between sitting and standing through the day
                Supports a healthy posture on long workdays
                Fits neatly into a spare room or alcove
                Room for your laptop, monitor and paperwork
                """,
            ),
            _sub(
                "Tech for calls",
                "Computer accessories",
                20,
                300,
                """
                [4K|1080p] webcam
                [noise-cancelling|USB] headset with boom mic
                [ring|key] light
                [USB-C|Thunderbolt] docking station
                [speakerphone|conference] puck
                [conference|meeting] camera
                [wireless|office] headset
                """,
                """
                Sharp video and auto-framing on every call
                Filters out barking dogs and the washing machine
                Even, flattering light for early meetings
                One cable for power, screens and network
                Everyone in the room can be heard clearly
                Be seen and heard clearly in every meeting
                Blocks out background noise on calls
                Connect your laptop to everything with one cable
                Sharp picture even in a dim room
                """,
            ),
            _sub(
                "Desk accessories",
                "Office supplies",
                6,
                90,
                """
                [felt|leather] desk mat
                [wireless|ergonomic] keyboard and mouse
                [noise-masking|white-noise] machine
                [document|desk] organiser
                [wireless|fast] charging pad
                [desk|LED] lamp
                [cable|desk] organiser set
                """,
                """
                Gives the desk a clean, soft surface
                A vertical grip that is kinder to your wrist
                Drowns out the neighbour's drilling
                Sorts letters, notebooks and pens
                Tops up your phone without cables
                Keeps your workspace tidy and focused
                Gentle light for late-night deadlines
                Everything within reach while you work
                A clean, minimal desk setup
                """,
            ),
        ),
        lines(
            """
            A home office you actually want to work in
            Be comfortable and productive from nine to five
            Look and sound professional on every video call
            For hybrid workers and full-time remote teams
            Turn the spare room into a workspace
            Nine-to-five comfort at the kitchen table or the box room
            Stay focused from the first call to the last email
            Fewer aches after long days at the screen
            Make remote work feel like proper work
            A workspace that keeps up with your meetings
            """
        ),
        lines(
            """
            I work from home now and my back hurts
            Setting up a proper workspace in the spare room
            I'm on video calls all day
            Need to look more professional on camera
            Want a desk setup that doesn't wreck my posture
            Going hybrid and need kit for home
            """
        ),
    ),
    ShopTopic(
        "photography",
        "Photography",
        "Cameras & Photo",
        0.1,
        (
            _sub(
                "Cameras",
                "Cameras",
                200,
                2500,
                """
                [full-frame|APS-C] mirrorless camera
                [compact|travel zoom] camera
                [instant|film] camera
                [rangefinder-style|retro] camera body
                [action|waterproof] camera
                [mirrorless|interchangeable-lens] camera
                [point-and-shoot|premium compact] camera
                """,
                """
                A 24-megapixel sensor with clean high-ISO files
                Pocketable, with a 30x optical zoom
                Prints a snapshot in seconds
                Dials for shutter speed and aperture on top
                Shoots 4K footage on a mountain bike or underwater
                Sharp, vibrant images in any light
                Fast autofocus that never misses the moment
                Pocket-sized power for travel photography
                Manual controls for creative shots
                """,
            ),
            _sub(
                "Lenses",
                "Camera accessories",
                90,
                1500,
                """
                [50mm f/1.8|35mm f/1.4] prime lens
                [70-200mm|telephoto] zoom lens
                [macro|close-up] lens
                [wide-angle|16-35mm] lens
                lens [filter kit|hood]
                [portrait|fast] lens
                [zoom|superzoom] lens
                """,
                """
                Creamy background blur for portraits
                Brings distant wildlife close
                Reveals the detail on a dragonfly's wing
                Fits sweeping landscapes and tight interiors in the frame
                Tames reflections and deepens blue skies
                Beautiful bokeh for portraits
                Sharp results from edge to edge
                Captures landscapes, wildlife and everything between
                Gathers light for handheld shots at dusk
                """,
            ),
            _sub(
                "Tripods and bags",
                "Camera accessories",
                15,
                300,
                """
                [carbon|travel] tripod
                [sling|backpack] camera bag
                [SD|CFexpress] memory card
                [spare|dual] battery charger
                [sensor|lens] cleaning kit
                [camera|photo] backpack
                [mini|tabletop] tripod
                """,
                """
                Rock-steady for long exposures of waterfalls and stars
                Padded dividers protect your body and three lenses
                Writes bursts fast, without stuttering
                Charge two packs overnight for a long shoot
                Keeps dust spots out of your skies
                Protects your gear on the move
                Steady shots in low light
                Quick access to your camera when the moment comes
                Light enough to take on every trip
                """,
            ),
        ),
        lines(
            """
            Capture the moment the way you saw it
            For enthusiasts, travellers and pros on assignment
            Shoot sharper, brighter, better
            From golden hour landscapes to street portraits
            Tell stories with light
            Freeze the moment, from a kingfisher's dive to a city sunset
            For landscapes, portraits and candid street scenes
            Sharper shots in low light and fast action
            Made for golden hour and blue hour alike
            Turn holiday snaps into frames worth printing
            """
        ),
        lines(
            """
            I want to take better photos than my phone can
            Getting serious about photography
            I shoot landscapes and wildlife on holiday
            Want to learn manual mode
            Thinking about my first proper camera
            Into street photography lately
            """
        ),
    ),
    ShopTopic(
        "creator",
        "Video and streaming creator",
        "Cameras & Photo",
        0.0,
        (
            _sub(
                "Audio for video",
                "Camera accessories",
                20,
                300,
                """
                [wireless|lavalier] microphone kit
                [shotgun|on-camera] microphone
                [podcast|XLR] microphone
                [audio|USB] interface
                [foam|acoustic] panels, 12-pack
                [USB|condenser] microphone
                [podcast|recording] headphones
                """,
                """
                Clip it on and record clean voice from across the room
                Sits on the hot shoe and ignores noise from the sides
                Rich, radio-style voice for your show
                Plug in two mics and record straight to the laptop
                Tames echo in a bare spare room
                Clear voice recording for podcasts and videos
                Cuts out background noise and echo
                Plug-and-play with your phone or camera
                Broadcast-quality sound at home
                """,
            ),
            _sub(
                "Lights and rigs",
                "Camera accessories",
                15,
                350,
                """
                [softbox|LED panel] lighting kit
                [phone|smartphone] gimbal
                [camera|vlogging] cage with handle
                [green screen|backdrop] stand
                [teleprompter|prompter] for phones
                [video|RGB] light
                [tripod|selfie] stick with remote
                """,
                """
                Soft, even light that flatters every face
                Silky tracking shots from a phone
                Mounts a mic, a light and a monitor around the camera
                Swap the background for anything you like
                Read your script while looking straight into the lens
                Flattering light for videos and streams
                Smooth, stable footage on the move
                Perfect framing for talking-head videos
                Sets up in minutes in any room
                """,
            ),
            _sub(
                "Editing and storage",
                "Computer accessories",
                40,
                450,
                """
                [portable|rugged] SSD, [1 TB|2 TB]
                [editing|colour-accurate] monitor
                [control|stream] deck
                [card|multi-port] reader hub
                [external|portable] hard drive
                [drawing|pen] tablet
                """,
                """
                Edits 4K footage straight from the drive
                Colours you can trust before you hit upload
                Fifteen buttons for scenes, sounds and shortcuts
                Offloads a day's shoot in minutes
                Store hours of footage safely
                Fast transfers for editing on the go
                Colour-accurate editing for your videos
                Keeps your projects backed up and organised
                """,
            ),
        ),
        lines(
            """
            Grow your channel with pro-level production
            For vloggers, podcasters and streamers
            Look and sound like a studio from your bedroom
            Create, edit and publish faster
            Content that stands out in the feed
            Polish your videos before you hit upload
            For vlogs, podcasts, streams and shorts
            Crisp sound and flattering light for every episode
            Make content your audience will binge
            Studio sound from a spare bedroom
            """
        ),
        lines(
            """
            I'm starting a YouTube channel
            Want to launch a podcast with a friend
            I make videos for TikTok and want them to look better
            Setting up a small studio for my streams
            Need better sound for my videos
            I film tutorials for my small business
            """
        ),
    ),
    ShopTopic(
        "newborn",
        "New baby",
        "Baby & Kids",
        0.2,
        (
            _sub(
                "Travel",
                "Baby gear",
                60,
                900,
                """
                [travel system|lightweight] pushchair
                [i-Size|rear-facing] car seat
                [stretchy|structured] baby carrier
                [compact|cabin-size] stroller
                [travel|pop-up] cot
                [all-terrain|jogging] pram
                [baby|infant] sling
                """,
                """
                Folds with one hand while you hold the little one
                Side-impact protection and an easy click-in base
                Keeps your newborn close and your hands free
                Fits in the overhead locker for flights
                Sets up in seconds at the grandparents'
                Smooth rides on pavements and park paths
                Safe and comfortable on every journey
                Lightweight and easy to carry
                Your little one stays snug and secure
                """,
            ),
            _sub(
                "Sleep and feeding",
                "Nursery",
                10,
                300,
                """
                [bedside|next-to-me] crib
                [swaddle|sleep] bag, 0-6 months
                [audio|video] monitor
                [anti-colic|glass] bottles, 4-pack
                [electric|manual] breast pump
                [bottle|steam] steriliser
                [moses|baby] basket
                [breastfeeding|nursing] pillow
                """,
                """
                Sits level with your bed for night feeds
                Snug and safe, no loose blankets in the cot
                Hear every murmur from the kitchen
                A vent stops air bubbles and tummy aches
                Quiet enough to use during a work call
                Kills germs in six minutes
                Helps your baby settle for longer stretches
                Makes night feeds easier for tired parents
                Keeps your little one close and safe
                Comfortable support during feeds
                """,
            ),
            _sub(
                "Bath and changing",
                "Baby care",
                5,
                120,
                """
                [foldable|support] baby bath
                [changing|wipe-clean] mat
                [hooded|bamboo] towels, set of 2
                [nappy|diaper] bin
                [gentle|fragrance-free] baby wash
                [baby|nappy] changing bag
                [bath|baby] thermometer
                """,
                """
                A non-slip seat holds them upright in the water
                Raised edges so they don't roll
                Soft and absorbent for tiny toes
                Locks away the smell until bin day
                Kind to delicate skin from day one
                Bath time made safe and fun
                Everything for changes on the go
                Gentle care for sensitive baby skin
                Keeps your little one warm after the bath
                """,
            ),
        ),
        lines(
            """
            Everything for the first months with your little one
            Made for tired new parents
            Safe, simple and gentle from day one
            Welcome home, baby
            Less fuss at 3 a.m.
            Gentle, safe and ready for the first night home
            Fewer sleepless nights for mum and dad
            Everything the nursery needs, nothing it does not
            Keeps little ones snug, fed and comfortable
            From the hospital door to the first birthday
            """
        ),
        lines(
            """
            We are expecting our first baby in spring
            Putting together a list for the nursery
            My sister is due soon and I need a gift
            Newborn stuff, everything really, first-time parents
            Looking for things that help the baby sleep
            Our little one just arrived and we need a car seat
            """
        ),
    ),
    ShopTopic(
        "stem_toys",
        "Kids' building and science play",
        "Baby & Kids",
        0.1,
        (
            _sub(
                "Construction",
                "Toys",
                10,
                150,
                """
                [magnetic|interlocking] building tiles
                [wooden|marble] run set
                [engineering|construction] kit with motor
                [brick|block] set, [500|1,000] pieces
                [gear|cog] building set
                [wooden|stacking] block set
                [nut-and-bolt|tool] building kit
                """,
                """
                Snaps together into towers, rockets and castles
                Design a track and watch the marbles race
                Build a crane that really lifts
                Hours of quiet building on a rainy afternoon
                Turn the handle and watch the whole machine move
                Builds creativity, patience and fine motor skills
                Design bridges, towers and vehicles
                Endless ways to build and rebuild
                Hours of hands-on fun for young builders
                """,
            ),
            _sub(
                "Science",
                "Toys",
                10,
                120,
                """
                [chemistry|kitchen science] set
                [crystal-growing|volcano] kit
                [kids'|beginner] microscope
                [solar|planetarium] projector
                [dinosaur|fossil] dig kit
                [slime|bubble] science kit
                [magnet|physics] discovery set
                """,
                """
                Safe experiments that fizz, bubble and change colour
                Grow sparkling geodes on the windowsill
                Look at pond water and onion skin up close
                Stars and planets on the bedroom ceiling
                Chip away the plaster to uncover a T. rex
                Hands-on experiments that spark curiosity
                Learn real science through play
                Exciting discoveries for budding scientists
                Fun projects for rainy afternoons
                """,
            ),
            _sub(
                "Coding and robots",
                "Electronic toys",
                25,
                200,
                """
                [programmable|coding] robot
                [circuit|electronics] kit
                [screen-free|tile-based] coding game
                [drawing|line-following] robot
                [robot|robotics] building kit
                [app-controlled|coding] car
                """,
                """
                Drag and drop blocks to make it dance
                Wire up a buzzer, a fan and a light
                Teaches loops and logic before they can read
                Follows a line they draw with a felt-tip
                Learn coding through play
                Build and program your own robot
                Fun challenges that teach problem-solving
                Turns screen time into learning time
                """,
            ),
        ),
        lines(
            """
            Learning disguised as play
            For curious minds from six to twelve
            Sparks a love of how things work
            Build, test, break and build again
            Future engineers start here
            Little engineers, big ideas
            Hands-on discovery for inquisitive kids
            Experiments and inventions on the kitchen table
            Turns questions into projects
            Teaches problem-solving without feeling like homework
            """
        ),
        lines(
            """
            My son is obsessed with how things work
            Looking for toys that teach science
            Want my daughter to get into coding
            Birthday present for a curious eight-year-old
            Something to keep the kids busy that isn't a screen
            Educational gifts for my nieces
            """
        ),
    ),
    ShopTopic(
        "dog",
        "Dog care",
        "Pet Supplies",
        0.3,
        (
            _sub(
                "Walking",
                "Pet accessories",
                8,
                90,
                """
                [no-pull|padded] harness
                [retractable|long-line] lead
                [reflective|leather] collar
                [waterproof|fleece-lined] dog coat
                [collapsible|travel] water bowl
                poo bag [dispenser|holder]
                [hands-free|running] dog lead
                [LED|light-up] dog collar
                """,
                """
                Clips at the chest to stop your pup dragging you along
                Ten metres of freedom on the beach
                Catches car headlights on dark evening walks
                Keeps a short-haired pup warm and dry
                Folds flat and clips to a belt loop
                Comfortable and secure on every walk
                Stay visible on dark evenings
                Keeps your dog close and under control
                Built for long walks in all weathers
                """,
            ),
            _sub(
                "Beds and feeding",
                "Pet beds",
                10,
                150,
                """
                [orthopaedic|memory foam] dog bed
                [calming|donut] bed
                [slow-feeder|raised] bowl
                [crate|travel] kennel
                [grain-free|puppy] kibble, [2 kg|12 kg]
                [washable|cushioned] dog bed
                [stainless|non-slip] dog bowl
                """,
                """
                Supports old joints through the night
                A raised rim to rest a sleepy head on
                Slows down gulpers and eases bloating
                A safe den at home and in the car
                High in protein for growing pups and working breeds
                A cosy spot for your dog to rest
                Supports joints and helps older dogs sleep
                Healthy, balanced meals for every life stage
                Easy to clean after muddy paws
                """,
            ),
            _sub(
                "Toys and training",
                "Pet toys",
                4,
                60,
                """
                [tough|chew] toy
                [ball|frisbee] launcher
                [puzzle|snuffle] feeder
                [clicker|treat pouch] training set
                [dental|rawhide-free] chews
                [squeaky|rope] dog toy
                [agility|training] set
                """,
                """
                Survives even the most determined chewer
                Throws further than your arm ever could
                Keeps a clever dog busy while you work
                Teaches sit, stay and recall with rewards
                Cleans teeth and freshens breath
                Keeps your dog entertained for hours
                Builds a strong bond through play
                Great for fetch, tug and chase
                Rewards good behaviour with tasty treats
                """,
            ),
        ),
        lines(
            """
            For happy, healthy, tail-wagging companions
            Made for muddy walks and lazy evenings
            Because your best friend deserves the best
            Puppy to senior, every stage covered
            More fetch, fewer chewed slippers
            Longer walks, happier hounds
            For pups who live for the park
            Keep your four-legged friend comfy, fit and busy
            Made for walkies in every weather
            Treat the good boy or girl in your life
            """
        ),
        lines(
            """
            We just got a puppy
            My spaniel pulls on the lead and I need help
            Stuff for my old dog's sore hips
            Adopting a rescue greyhound next month
            Want toys that keep my dog busy while I work
            Looking for a winter coat for my whippet
            """
        ),
    ),
    ShopTopic(
        "cat",
        "Cat care",
        "Pet Supplies",
        0.2,
        (
            _sub(
                "Furniture",
                "Pet beds",
                15,
                200,
                """
                [sisal|floor-to-ceiling] scratching post
                [multi-level|tall] cat tree
                [window|radiator] perch
                [igloo|heated] cat bed
                [wall-mounted|climbing] shelves
                [cardboard|scratching] lounger
                [cat|window] hammock
                """,
                """
                Saves the sofa from shredding
                Platforms and hideaways for climbing and napping
                A sunny lookout for watching the birds
                A warm hideaway for winter snoozes
                A vertical playground across the living-room wall
                A favourite spot for climbing and scratching
                Gives your cat a place to play and relax
                Keeps claws healthy and furniture safe
                A cosy nook for afternoon naps
                """,
            ),
            _sub(
                "Litter and feeding",
                "Pet care",
                8,
                300,
                """
                [self-cleaning|hooded] litter box
                [clumping|tofu] litter, [10 L|20 L]
                [automatic|timed] feeder
                [ceramic|running-water] drinking fountain
                [whisker-friendly|wide] food bowl
                [covered|top-entry] litter tray
                [grain-free|wet] cat food
                """,
                """
                Rakes itself after every visit
                Locks away smells and clumps firmly
                Serves breakfast on time even when you sleep in
                Running water tempts fussy drinkers
                Shallow enough that whiskers never touch the sides
                Keeps your home fresh and odour-free
                Complete nutrition for happy, healthy cats
                Easy to clean and refill
                Encourages healthy eating and hydration
                """,
            ),
            _sub(
                "Toys",
                "Pet toys",
                3,
                50,
                """
                [feather|wand] teaser
                [catnip|valerian] kicker toy
                [laser|automatic] chaser
                [crinkle|tunnel] play set
                [puzzle|treat] ball
                [interactive|electronic] cat toy
                [mouse|ball] toy set
                """,
                """
                Brings out the hunter in a lazy indoor cat
                Irresistible rolling, kicking and bunny-kicking
                Hours of pouncing on a moving spot
                Rustles and hides for ambush games
                Rewards batting and chasing with a treat
                Keeps your cat active and entertained
                Satisfies natural hunting instincts
                Endless fun for kittens and grown cats
                Perfect for play time and exercise
                """,
            ),
        ),
        lines(
            """
            For curious, contented felines
            Indoor cats need adventures too
            Purr-fect for kittens and senior cats
            Keep your cat entertained and your furniture intact
            Made with feline instincts in mind
            For pampered moggies and curious kittens
            Keeps claws busy and whiskers happy
            Climbing, scratching and napping, all covered
            Because your cat runs the household anyway
            Play time, nap time, dinner time
            """
        ),
        lines(
            """
            We adopted two kittens
            My cat scratches the furniture and I need a solution
            Indoor cat, gets bored easily
            Want something to keep my cat fed while I travel
            Looking for a gift for a crazy cat lady friend
            My older cat needs to drink more water
            """
        ),
    ),
    ShopTopic(
        "skincare",
        "Skincare routine",
        "Beauty & Personal Care",
        0.4,
        (
            _sub(
                "Serums and moisturisers",
                "Skincare",
                8,
                90,
                """
                [vitamin C|niacinamide] serum
                [hyaluronic|hydrating] serum
                [retinol|retinal] night cream
                [gel|oil-free] moisturiser
                [ceramide|barrier] repair cream
                [peptide|anti-ageing] serum
                [rich|night] moisturiser
                """,
                """
                Brightens dull skin and fades dark spots
                Plumps and quenches a dehydrated complexion
                Smooths fine lines while you sleep
                Light hydration that never feels greasy
                Calms redness and restores a tight, sensitive face
                Visibly smoother, firmer skin in weeks
                Deep hydration that lasts all day
                Evens out skin tone and texture
                Gentle enough for daily use
                """,
            ),
            _sub(
                "Cleansers and masks",
                "Skincare",
                6,
                60,
                """
                [gentle|foaming] cleanser
                [cleansing|melting] balm
                [clay|sheet] mask
                [exfoliating|AHA] toner
                [micellar|oil] cleanser
                [hydrating|cream] cleanser
                [overnight|peel-off] mask
                """,
                """
                Washes off grime without stripping
                Melts away a full face of make-up
                Draws out impurities and minimises pores
                Sweeps away dead cells for a glow by morning
                Lifts sunscreen in one swipe
                Leaves skin clean, soft and refreshed
                Removes make-up and impurities gently
                A spa-like treat for tired skin
                Clears pores without drying
                """,
            ),
            _sub(
                "Sun and tools",
                "Skincare",
                8,
                150,
                """
                [SPF 50|mineral] sunscreen
                [jade|rose quartz] facial roller
                [LED|light therapy] mask
                [silicone|sonic] cleansing brush
                [tinted|daily] SPF moisturiser
                [daily|lightweight] sun cream
                [gua sha|facial massage] stone
                """,
                """
                Invisible on every skin tone, no white cast
                Depuffs tired eyes in the morning
                Red light for a clearer, calmer complexion
                Deep cleans pores in sixty seconds
                Protection and a hint of colour in one step
                Protects against UV rays every day
                Lightweight, non-greasy protection
                Boosts circulation for a healthy glow
                A relaxing ritual for your skincare routine
                """,
            ),
        ),
        lines(
            """
            Healthy, glowing skin starts here
            A routine your complexion will thank you for
            Dermatologist-tested for every skin type
            Fewer steps, better results
            Self-care, morning and night
            Wake up to a fresher, smoother face
            Radiance that lasts all day
            A gentle ritual for clearer, calmer skin
            Hydration your complexion will notice
            For a natural glow without heavy make-up
            """
        ),
        lines(
            """
            I want to start a proper skincare routine
            My skin is dry and flaky in winter
            Looking for something for acne scars
            Trying to look after my skin as I get older
            Need a sunscreen that doesn't leave a white cast
            My face gets red and sensitive easily
            """
        ),
    ),
    ShopTopic(
        "grooming",
        "Shaving and beard care",
        "Beauty & Personal Care",
        0.1,
        (
            _sub(
                "Shavers and trimmers",
                "Grooming",
                20,
                300,
                """
                [foil|rotary] electric shaver
                [beard|stubble] trimmer
                [all-in-one|multi-] grooming kit
                [hair|clipper] set with guards
                [nose|ear] trimmer
                [cordless|wet-and-dry] shaver
                [precision|detail] trimmer
                """,
                """
                A close glide even over a three-day growth
                Twenty length settings, from stubble to full beard
                Heads for face, body, nose and ears in one case
                Fade your own hair between barber visits
                Tidies stray hairs painlessly
                A smooth, comfortable shave every day
                Precise trimming for a neat beard
                Long battery life and easy cleaning
                Gentle on sensitive skin
                """,
            ),
            _sub(
                "Wet shave",
                "Grooming",
                8,
                150,
                """
                [double-edge|safety] razor
                [badger|synthetic] shaving brush
                [sandalwood|classic] shaving soap
                [straight|cut-throat] razor
                [alum|styptic] block
                [shaving|barbershop] kit
                [aftershave|post-shave] balm
                """,
                """
                A weighty handle and a single sharp edge
                Whips a rich lather that softens stubble
                The old barbershop ritual, at your sink
                A traditional blade for the steadiest hands
                Soothes nicks and razor burn
                Traditional shaving for a closer finish
                Rich lather for a smooth glide
                Soothes and refreshes after every shave
                A timeless grooming ritual
                """,
            ),
            _sub(
                "Beard care",
                "Grooming",
                6,
                60,
                """
                [argan|cedarwood] beard oil
                [beard|moustache] balm
                [boar-bristle|wooden] beard brush
                [beard|face] wash
                [pomade|matte clay] for hair
                [beard grooming|beard care] kit
                [beard|stubble] softener
                """,
                """
                Softens wiry whiskers and stops the itch
                Tames flyaways and gives shape
                Trains the growth in one direction
                Cleans without drying the skin underneath
                A natural hold with no shine
                Keeps your beard soft, healthy and tidy
                Nourishes skin and hair
                A well-groomed look every day
                Natural ingredients for healthy growth
                """,
            ),
        ),
        lines(
            """
            The gentleman's morning ritual
            A sharp look without the barber's queue
            For clean-shaven chins and well-kept beards
            Look groomed in minutes
            Barbershop results at home
            A close, comfortable shave every morning
            For crisp edges and a neat beard
            Look sharp, feel fresh
            Smooth skin without nicks or irritation
            Keep your whiskers in check
            """
        ),
        lines(
            """
            I'm growing a beard and want to keep it tidy
            Looking for a gift for my dad who shaves every day
            Want to try old-school wet shaving
            Razor burn is ruining my mornings
            I cut my own hair now and need clippers
            Need a trimmer for a short stubble look
            """
        ),
    ),
    ShopTopic(
        "streetwear",
        "Streetwear and sneakers",
        "Clothing & Shoes",
        0.4,
        (
            _sub(
                "Sneakers",
                "Footwear",
                40,
                250,
                """
                [retro|high-top] basketball sneakers
                [chunky|platform] trainers
                [suede|canvas] low-tops
                [limited-edition|collab] kicks
                [slip-on|skate] shoes
                [court|classic] sneakers
                [running-inspired|retro] trainers
                """,
                """
                The 1985 silhouette, remastered
                A stacked sole for a bold look
                A timeless shape that goes with everything
                Numbered pairs from a sold-out drop
                A vulcanised sole with grip for the board
                Iconic style with all-day comfort
                A fresh look for every outfit
                Cushioned comfort for everyday wear
                Stand out with bold colours
                """,
            ),
            _sub(
                "Tops",
                "Clothing",
                20,
                160,
                """
                [oversized|boxy] hoodie
                [heavyweight|graphic] tee
                [varsity|bomber] jacket
                [fleece|quarter-zip] sweatshirt
                [coach|windbreaker] jacket
                [cropped|vintage-wash] sweatshirt
                [long-sleeve|logo] tee
                """,
                """
                A dropped shoulder and a relaxed fit
                A thick cotton that holds its shape wash after wash
                Chenille patches and contrast sleeves
                Brushed inside for warmth without bulk
                Packable nylon for unpredictable weather
                Comfortable fit for everyday style
                Soft fabric with a relaxed feel
                Layer it up or wear it alone
                Bold graphics that get noticed
                """,
            ),
            _sub(
                "Bottoms and accessories",
                "Clothing",
                15,
                140,
                """
                [cargo|parachute] trousers
                [relaxed|baggy] jeans
                [bucket|fitted] hat
                [crossbody|sling] bag
                [crew|tube] socks, 3-pack
                [wide-leg|skater] jeans
                [beanie|snapback] cap
                """,
                """
                Plenty of pockets and adjustable cuffs
                A loose, nineties fit in rigid denim
                Tops off the look on a sunny day
                Keep your phone and keys close on the go
                Logo ribbing to show under a cropped trouser
                Relaxed fit for all-day comfort
                Completes any streetwear outfit
                Durable and stylish for everyday wear
                Easy to dress up or down
                """,
            ),
        ),
        lines(
            """
            Fresh fits for the city
            Style that speaks for itself
            For collectors, skaters and trend-setters
            Complete the look from head to toe
            Stand out on the street
            Drip for the weekend and the skate park
            Limited drops and everyday heat
            Relaxed fits with attitude
            Fresh kicks, loud graphics, easy layers
            Wear it to the gig, the park or the after-party
            """
        ),
        lines(
            """
            I'm into sneakers and streetwear
            Looking for oversized hoodies and baggy jeans
            Collecting retro basketball shoes
            Want to refresh my wardrobe with more relaxed clothes
            My son wants the latest trainers for his birthday
            Love skate style
            """
        ),
    ),
    ShopTopic(
        "officewear",
        "Smart office wardrobe",
        "Clothing & Shoes",
        0.1,
        (
            _sub(
                "Tailoring",
                "Clothing",
                60,
                450,
                """
                [slim-fit|tailored] suit
                [unstructured|wool] blazer
                [pleated|wide-leg] trousers
                [pencil|midi] skirt
                [single-breasted|camel] overcoat
                [three-piece|two-piece] suit
                [cropped|cigarette] trousers
                """,
                """
                Italian wool with a sharp, modern cut
                Soft shoulders for a relaxed but polished look
                A crease that lasts through back-to-back meetings
                Sits just below the knee for a clean line
                Finishes any outfit on the way to the station
                Sharp tailoring for the office
                A polished look for important meetings
                Smart and comfortable all day long
                Timeless style that never dates
                """,
            ),
            _sub(
                "Shirts and knitwear",
                "Clothing",
                20,
                140,
                """
                [non-iron|Oxford] shirt
                [silk|satin] blouse
                [merino|cashmere] jumper
                [fine-knit|roll-neck] sweater
                [poplin|stretch] shirt
                [slim-fit|formal] shirt
                [V-neck|cable-knit] jumper
                """,
                """
                Fresh from the washing machine without an iron
                Drapes beautifully under a jacket
                Light enough for the office, warm enough for the commute
                A neat layer under a suit for winter
                Moves with you from desk to dinner
                Crisp and smart for work
                Soft, warm and easy to layer
                Comfortable from morning meetings to evening drinks
                Elegant style for the working week
                """,
            ),
            _sub(
                "Formal shoes and accessories",
                "Footwear",
                25,
                260,
                """
                [leather|Goodyear-welted] Oxford shoes
                [block-heel|loafer] court shoes
                [leather|reversible] belt
                [silk|knitted] tie
                [leather|laptop] briefcase
                [brogue|Derby] shoes
                [cufflinks|pocket square] set
                """,
                """
                Resoleable, and only better with age
                Comfortable enough for a day on your feet
                A polished buckle for trousers and chinos
                Adds a dash of colour to a plain shirt
                Carries a laptop and papers with quiet style
                Classic craftsmanship for a smart finish
                Comfortable for long days at work
                A refined touch for any outfit
                Polished style from head to toe
                """,
            ),
        ),
        lines(
            """
            Dress for the job you want
            Boardroom-ready from Monday to Friday
            Sharp looks for interviews, meetings and presentations
            Polished without trying too hard
            Timeless pieces for a professional wardrobe
            Impress in the interview and at the client meeting
            Smart, crisp and ready for the boardroom
            Tailored pieces that take you from commute to cocktails
            Look the part on Monday morning
            Workwear that means business
            """
        ),
        lines(
            """
            Starting a new job and need work clothes
            I have an interview next week
            Want to look more professional in the office
            Building a capsule wardrobe for work
            Need a suit for a wedding and for the office
            Back in the office three days a week
            """
        ),
    ),
    ShopTopic(
        "journaling",
        "Journaling and planning",
        "Arts, Crafts & Stationery",
        0.1,
        (
            _sub(
                "Notebooks",
                "Stationery",
                5,
                45,
                """
                [dotted|dot-grid] notebook, A5
                [undated|weekly] planner
                [leather|refillable] travel journal
                [gratitude|five-minute] journal
                [hardback|lay-flat] sketchbook
                [academic|daily] planner
                [linen-bound|A6] pocket notebook
                """,
                """
                Thick 120 gsm paper with no ghosting
                Plan the week at a glance and never miss a deadline
                A cover that softens beautifully with use
                Three prompts a day for a calmer mind
                Opens flat for drawing across the spread
                Organise your days, weeks and goals
                Smooth paper for writing and sketching
                A beautiful place to capture your thoughts
                Perfect for lists, plans and doodles
                """,
            ),
            _sub(
                "Pens",
                "Stationery",
                3,
                120,
                """
                [fine-liner|drawing] pens, set of [6|12]
                [fountain|converter] pen
                [dual-tip|brush] markers
                [gel|retractable] pens
                [pastel|mild] highlighters
                [calligraphy|brush lettering] pen set
                [coloured|felt-tip] pens
                """,
                """
                Archival ink that won't bleed through
                A steel nib that glides across the page
                A chisel end and a fine end for headers and notes
                Smooth, quick-drying lines for left-handers
                Soft colours that won't smudge your writing
                Write smoothly without smudging
                Vibrant colours for notes and doodles
                Beautiful lettering made simple
                Comfortable grip for long writing sessions
                """,
            ),
            _sub(
                "Accessories",
                "Stationery",
                3,
                40,
                """
                [washi|decorative] tape, [10|20] rolls
                [stencil|template] set
                [sticker|index tab] pack
                [pen roll|desk tidy]
                [bookmark|page clip] set
                [sticky note|memo pad] set
                [journal|planner] stickers
                """,
                """
                Decorate spreads and tear by hand
                Draw neat circles, grids and icons in seconds
                Colour-code your months and projects
                Keeps every pen and pencil together
                Find today's page instantly
                Makes your planner pages pop
                Keeps notes and reminders in view
                Personalise every spread your way
                Neat, colourful organisation for every week
                """,
            ),
        ),
        lines(
            """
            Plan, reflect and create on the page
            For list-makers, doodlers and daydreamers
            Get your thoughts out of your head and onto paper
            Make every page your own
            A calmer, more organised you
            Capture your days, goals and ideas on paper
            Habit trackers, to-do lists and gratitude notes
            For planners, scribblers and memory keepers
            A notebook habit that sticks
            Write it down, make it happen
            """
        ),
        lines(
            """
            I want to start bullet journaling
            Looking for a nice planner for the year
            Trying to write a few lines every evening
            I love stationery, pens especially
            Want to get more organised at uni
            A gift for a friend who fills notebooks
            """
        ),
    ),
    ShopTopic(
        "painting",
        "Painting and drawing",
        "Arts, Crafts & Stationery",
        0.0,
        (
            _sub(
                "Paints",
                "Art supplies",
                8,
                120,
                """
                [watercolour|gouache] paint set, [24|36] pans
                [acrylic|heavy-body] paints, [12|24] tubes
                [oil|water-mixable oil] colour set
                [alcohol|paint] markers
                [pastel|chalk pastel] set
                [student|artist-grade] paint set
                [metallic|neon] paints
                """,
                """
                Bright, lightfast pigments that lift and glaze beautifully
                Dries fast, layers well and works on any surface
                Rich, buttery colour for slow studies
                Bold, streak-free colour on paper and canvas
                Soft sticks that blend with a fingertip
                Vibrant colours that blend beautifully
                Professional quality for artists of all levels
                Perfect for canvas, paper and crafts
                Mix and layer for endless effects
                """,
            ),
            _sub(
                "Paper and canvas",
                "Art supplies",
                6,
                80,
                """
                [cold-pressed|cotton] watercolour pad
                [stretched|primed] canvases, 5-pack
                [mixed-media|toned] sketch paper
                [wooden|table] easel
                [canvas|linen] panels
                [A3|A4] drawing pad
                [canvas|art] board set
                """,
                """
                300 gsm, so it never buckles under a wash
                Ready to hang the moment you finish
                Takes ink, marker and pencil without bleeding
                Holds your work at the right angle for hours
                A smooth, firm surface for detail
                Smooth surface for detailed work
                Perfect for paint, pencil and ink
                Sturdy and ready to use
                Ideal for practice or finished pieces
                """,
            ),
            _sub(
                "Brushes and tools",
                "Art supplies",
                4,
                70,
                """
                [sable|synthetic] brush set
                [palette|mixing] knife set
                [water brush|travel brush] pens
                [graphite|charcoal] pencils
                [porcelain|folding] palette
                [round|flat] paintbrush set
                [sketching|blending] tools
                """,
                """
                Fine points for detail and a big mop for washes
                Mix colour and paint thick impasto strokes
                Paint in the park with no jar of water
                From hard 4H lines to velvety 8B shading
                Wells that keep each colour clean
                Precise strokes and smooth blending
                Soft bristles that hold their shape
                Everything you need to start painting
                Perfect for detailed work and broad washes
                """,
            ),
        ),
        lines(
            """
            Let your creativity flow
            For beginners and working artists alike
            Turn a blank page into something beautiful
            Create a masterpiece, or just a happy afternoon
            Art that starts at your kitchen table
            Wash, blend and layer your way to a finished piece
            For sketchbook sessions and gallery-worthy canvases
            Bring your landscapes and portraits to life
            Colour, texture and expression in every stroke
            Your studio, wherever you set up
            """
        ),
        lines(
            """
            I want to learn to paint with watercolours
            Getting back into drawing after years
            Taking an art class and need supplies
            Looking to try acrylic pouring
            I sketch on holiday and want a travel set
            My daughter is doing art at school and loves it
            """
        ),
    ),
    ShopTopic(
        "board_games",
        "Board games and puzzles",
        "Toys & Games",
        0.2,
        (
            _sub(
                "Strategy games",
                "Games",
                15,
                90,
                """
                [worker-placement|engine-building] strategy game
                [cooperative|campaign] adventure game
                [deck-building|card-drafting] game
                [area-control|war] game
                [legacy|escape room] game
                [civilisation|empire-building] board game
                [heist|detective] board game
                """,
                """
                Plan, trade and outwit for the best farm in the valley
                Work together to stop the outbreak before time runs out
                Build a powerful deck as you go
                Claim territories and watch alliances crumble
                The story changes permanently with every session
                Outsmart your friends with clever tactics
                Every game is different and full of surprises
                Deep strategy with easy-to-learn rules
                Hours of gameplay for thinkers and planners
                """,
            ),
            _sub(
                "Party and family games",
                "Games",
                8,
                40,
                """
                [word|guessing] party game
                [trivia|quiz] game
                [drawing|charades] game
                [dexterity|stacking] game
                [card|dice] game for families
                [bluffing|hidden role] game
                [picture|word association] game
                """,
                """
                Laughter guaranteed with four to twelve players
                Thousands of questions for know-it-alls
                Draw, guess and howl at the terrible sketches
                Steady hands win, wobbly towers lose
                Quick rules and twenty-minute rounds for all ages
                Perfect for family gatherings and parties
                Easy to learn and fun for all ages
                Laugh-out-loud moments guaranteed
                Brings everyone together around the table
                """,
            ),
            _sub(
                "Puzzles",
                "Puzzles",
                8,
                60,
                """
                [1,000-piece|2,000-piece] jigsaw
                [wooden|3D] puzzle
                [brain teaser|metal] puzzle set
                [logic|crossword] book
                [puzzle|jigsaw] mat and roll
                [panoramic|round] jigsaw
                [sliding|wooden brain] puzzle
                """,
                """
                A scene so detailed it takes a whole weekend
                Build a working model from laser-cut wood
                Twist, slide and swear until it clicks
                Hundreds of challenges for the daily commute
                Roll up your half-finished work and clear the table
                Relaxing and rewarding to complete
                Beautiful artwork in every piece
                A challenging pastime for puzzle lovers
                Perfect for quiet evenings at home
                """,
            ),
        ),
        lines(
            """
            Bring everyone to the table
            Perfect for game nights and rainy Sundays
            For families, friends and fierce competitors
            Screen-free fun that lasts for years
            One more round?
            Family nights, rivalries and shrieks of laughter
            Strategy, luck and a little backstabbing
            For tabletop fans and puzzle solvers
            Unplug and play together
            Sunday afternoons around the kitchen table
            """
        ),
        lines(
            """
            We have a games night every Friday
            Looking for something to play with the family at Christmas
            Into heavy strategy games
            I love jigsaws
            Want a two-player game for me and my partner
            Need something fun for a party
            """
        ),
    ),
    ShopTopic(
        "knitting",
        "Knitting and sewing",
        "Toys & Games",
        -0.2,
        (
            _sub(
                "Yarn",
                "Craft supplies",
                4,
                60,
                """
                [merino|alpaca] yarn, [50 g|100 g]
                [chunky|super chunky] wool
                [hand-dyed|variegated] skein
                [cotton|bamboo] yarn pack
                [sock|fingering] yarn
                [eco|recycled] yarn bundle
                [mohair|silk blend] yarn
                """,
                """
                Soft against the skin and warm for winter jumpers
                Knits up a blanket in a weekend
                Every skein is one of a kind
                Cool and smooth for summer tops and dishcloths
                Hard-wearing enough for heels and toes
                Soft and warm for cosy knits
                Beautiful colours for every project
                Easy to work with for all skill levels
                Perfect for scarves, hats and blankets
                """,
            ),
            _sub(
                "Needles and hooks",
                "Craft supplies",
                4,
                90,
                """
                [bamboo|birch] knitting needles
                [interchangeable|circular] needle set
                [ergonomic|aluminium] crochet hooks
                [cable|stitch] marker set
                [tapestry|darning] needles
                [double-pointed|sock] needles
                [knitting|crochet] starter kit
                """,
                """
                Warm and grippy, so stitches never slip
                Swap tips and cables for any project
                Soft handles that spare your wrists
                Keep count of repeats without thinking
                Weave in ends neatly when you finish
                Smooth and comfortable to work with
                Everything you need to start knitting
                Perfect for beginners and experienced crafters
                Makes every stitch easier
                """,
            ),
            _sub(
                "Sewing",
                "Craft supplies",
                10,
                450,
                """
                [computerised|mechanical] sewing machine
                [overlocker|serger]
                [dressmaking|fabric] shears
                [quilting|cotton] fabric bundle
                [pattern|beginner's] dress pattern
                [sewing|notions] box
                [dress form|mannequin]
                """,
                """
                Sixty stitches and a one-step buttonhole
                Professional seams on stretch fabrics
                Cut cleanly through denim and silk
                Coordinated prints for your next patchwork
                Make a wrap dress in an afternoon
                Create your own clothes and crafts
                Everything you need for sewing projects
                Perfect for beginners and experienced sewists
                Makes sewing easy and enjoyable
                """,
            ),
        ),
        lines(
            """
            Handmade with love
            For makers, menders and crafters
            Start a project you will be proud to wear
            Slow down and make something
            Stitch by stitch, row by row
            Cosy jumpers, scarves and blankets, made by you
            For crafters who love the click of needles
            Make it, mend it, wear it
            Quiet evenings with a project in your lap
            From first stitch to finished garment
            """
        ),
        lines(
            """
            I'm learning to knit
            Want to sew my own clothes
            My gran taught me crochet and I want to get back into it
            Making a blanket for my niece
            Getting into mending instead of throwing clothes away
            Looking for nice yarn for a jumper
            """
        ),
    ),
    ShopTopic(
        "yoga",
        "Yoga and mindfulness",
        "Health & Wellness",
        0.3,
        (
            _sub(
                "Mats and props",
                "Fitness equipment",
                8,
                120,
                """
                [non-slip|cork] mat
                [foam|cork] blocks, pair
                [cotton|buckle] strap
                [bolster|pranayama] pillow
                [meditation|zafu] cushion
                [travel|foldable] yoga mat
                [yoga|meditation] blanket
                """,
                """
                Grips even in a sweaty flow
                Brings the floor closer in deep stretches
                Helps you reach your toes in a forward fold
                Supports restorative poses and deep relaxation
                Lifts the hips for long, comfortable sits
                Supports every pose and stretch
                Non-slip grip for a steady practice
                Comfort and support for deep relaxation
                Perfect for home or studio practice
                """,
            ),
            _sub(
                "Clothing",
                "Sportswear",
                15,
                100,
                """
                [high-waisted|seamless] leggings
                [supportive|strappy] sports bra
                [loose|harem] trousers
                [breathable|cropped] tank
                [wrap|cosy] cardigan
                [yoga|flowy] shorts
                [meditation|lounge] set
                """,
                """
                Buttery-soft fabric that stays put in downward dog
                Light support for flow and stretch
                Freedom to move in every direction
                Stays cool in a heated class
                Warm layer for the final relaxation
                Moves freely through every pose
                Soft, breathable and comfortable
                Stays in place during your practice
                Perfect for yoga, pilates and lounging
                """,
            ),
            _sub(
                "Mindfulness",
                "Wellbeing",
                5,
                80,
                """
                [singing|Tibetan] bowl
                [sandalwood|incense] sticks
                [mala|wrist] beads
                [breathing|meditation] timer
                [aromatherapy|essential oil] roll-on
                [meditation|mindfulness] journal
                [diffuser|calming] oil set
                """,
                """
                A long, resonant tone to begin your practice
                A calming fragrance for your quiet corner
                Count breaths and mantras
                Guides slow inhales and longer exhales
                Lavender and chamomile on the pulse points
                Find calm in your daily routine
                Creates a peaceful atmosphere for meditation
                Helps you relax and unwind
                A mindful moment every day
                """,
            ),
        ),
        lines(
            """
            Find your balance on and off the mat
            Breathe, stretch and unwind
            For morning flows and evening calm
            Make space for stillness
            Calm body, quiet mind
            Stretch, breathe and let the day go
            Strength and flexibility at your own pace
            Calm your mind before the day begins
            For sun salutations and evening wind-downs
            A quiet space to come back to yourself
            """
        ),
        lines(
            """
            I want to start doing yoga at home
            Looking for ways to manage stress
            Trying meditation to calm my anxiety
            I go to hot yoga twice a week
            Need something to help me switch off after work
            Want to be more flexible
            """
        ),
    ),
    ShopTopic(
        "sleep",
        "Better sleep",
        "Health & Wellness",
        0.2,
        (
            _sub(
                "Bedding",
                "Bedding",
                20,
                500,
                """
                [memory foam|hybrid] mattress topper
                [cooling|adjustable] pillow
                [silk|linen] pillowcase
                [all-seasons|wool] duvet
                [Egyptian cotton|percale] sheet set
                [bamboo|cotton] sheets
                [down|hollowfibre] pillow
                """,
                """
                Turns a tired mattress into a cloud
                Stays cool all night, even for hot sleepers
                Kinder to hair and skin
                Warm in winter, light in summer
                Crisp and cool, getting softer with every wash
                Soft, breathable comfort all night long
                Supports your neck and shoulders
                Luxurious feel for better rest
                Keeps you cool and comfortable
                """,
            ),
            _sub(
                "Sleep aids",
                "Wellbeing",
                8,
                150,
                """
                [contoured|silk] eye mask
                [sunrise|wake-up] light alarm
                [white-noise|sound] machine
                [foam|silicone] earplugs
                [sleep|bedtime] tracking ring
                [sleep|bedtime] headphones
                [blackout|travel] sleep mask
                """,
                """
                Blocks every chink of streetlight
                Wakes you gently with a simulated dawn
                Soft rainfall drowns out traffic
                Blocks out a snoring partner
                Shows how long you spent in deep rest
                Fall asleep faster and wake refreshed
                Block out light and noise
                Comfortable for side sleepers
                Perfect for travel and home
                """,
            ),
            _sub(
                "Bedtime drinks and scents",
                "Wellbeing",
                5,
                40,
                """
                [chamomile|herbal] tea blend
                [lavender|pillow] mist
                [magnesium|bath] flakes
                [warm|microwavable] wheat bag
                [sleep|bedtime] spray
                [night-time|calming] herbal blend
                """,
                """
                A caffeine-free cup to wind down
                A few sprays before lights out
                Soak tired muscles before bed
                Gentle warmth for cold feet
                Relax and unwind before bed
                Soothing scents for a peaceful night
                A calming evening ritual
                Helps you drift off naturally
                """,
            ),
        ),
        lines(
            """
            Drift off faster and wake up refreshed
            Your best night's rest starts here
            For light sleepers, night owls and tired parents
            Rest deeply, rise easily
            Sweet dreams, guaranteed
            Wake up rested instead of groggy
            Quieter, darker, cooler nights
            Nod off sooner and stay asleep longer
            For restless sleepers and early alarms
            Turn your bedroom into a sanctuary for rest
            """
        ),
        lines(
            """
            I can never get a good night's sleep
            I wake up tired every morning
            My partner snores
            Trying to fix my insomnia without pills
            Our bedroom is too bright and too hot
            I want to wind down better in the evening
            """
        ),
    ),
)

# Brands. Premium houses trade in one or two categories (an appliance maker sells both coffee
# machines and shavers); the house brands and the unknown marketplace sellers appear everywhere.
# Shoppers trust premium names and distrust all-caps marketplace names, and popularity follows:
# a model that reads titles can learn it.
SHOP_PREMIUM_BRANDS: dict[str, tuple[str, ...]] = {
    "Kitchen & Dining": ("Bellacourt", "Vantoria", "Aldermoor"),
    "Home & Living": ("Bellacourt", "Hearthwell", "Lindqvist"),
    "Garden & Plants": ("Aldermoor", "Greenhollow", "Fernsby"),
    "Sports & Fitness": ("Stridelab", "Velocor", "Ironvale"),
    "Outdoors": ("Fernsby", "Velocor", "Cairnworth"),
    "Electronics": ("Vantoria", "Halden", "Quillon"),
    "Computers & Gaming": ("Quillon", "Vortexa", "Keystrike"),
    "Cameras & Photo": ("Keystrike", "Lumora", "Opticon"),
    "Baby & Kids": ("Lindqvist", "Little Lark", "Brambly"),
    "Pet Supplies": ("Greenhollow", "Pawsworth", "Whiskerley"),
    "Beauty & Personal Care": ("Halden", "Elune", "Barber & Birch"),
    "Clothing & Shoes": ("Stridelab", "Cairnworth", "Harrowgate"),
    "Arts, Crafts & Stationery": ("Lumora", "Inkwell & Quire", "Folio Atelier"),
    "Toys & Games": ("Vortexa", "Little Lark", "Meeple Forge"),
    "Health & Wellness": ("Hearthwell", "Ironvale", "Elune"),
}
SHOP_HOUSE_BRANDS = lines(
    """
    Everyday Basics
    HomeWise
    Northline
    Simply Made
    Brightside
    Urban Habit
    Pureform
    Daily Edit
    """
)
SHOP_UNKNOWN_BRANDS = lines(
    """
    ZOKIVA
    HBNUOE
    QULAXI
    VEKTORO
    YIPINU
    FENGRUI
    MOTOXY
    BESTOOL
    KUNGFEI
    LIVOOR
    TRENDZO
    AIWOKE
    GUKUU
    SMARTEE
    JOYMAXX
    """
)

# Generic copy, shared by every topic: it says nothing about what the item is for.
SHOP_FILLER = lines(
    """
    Premium quality at a great price
    Perfect for everyday use
    An ideal gift for birthdays and holidays
    New and improved for 2026
    Great for beginners and experts alike
    Easy to use and easy to clean
    Satisfaction guaranteed or your money back
    Ships in plastic-free packaging
    Available in [four|six|several] colours
    Perfect for home, office or travel
    A great addition to any collection
    Designed with attention to every detail
    Makes a perfect gift for him or her
    Premium materials, great value
    Free delivery on orders over €[25|30|40]
    Ships within [24|48] hours from our [local|UK|EU] warehouse
    [30|60|100]-day free returns, no questions asked
    Comes [beautifully gift-wrapped|in a gift box] on request
    Wipe clean with a damp cloth
    Check the size guide before ordering
    Colour may vary slightly from the photos
    [One|Two]-year warranty included
    Trusted by thousands of happy customers
    Order today and receive it [tomorrow|this week]
    Part of our [spring|new season|2026] collection
    Loved by customers for its [simple|clean|timeless] design
    Great quality for the price
    Pairs perfectly with the rest of the range
    Lightweight and easy to store
    A thoughtful present for someone special
    Limited stock, while supplies last
    Supplied with [a user guide|easy instructions]
    [Sustainably|Carefully] packed to reduce waste
    Our team tested it for [weeks|months] before launch
    """
)
SHOP_SPAM_TITLE_TAILS = lines(
    """
    Upgraded 2026 Version
    Gift for Men Women
    Premium Quality New
    Multi-Purpose, Portable
    Large Capacity, Great Gift
    Best Gift for Family Friends
    Perfect for Home Office Travel
    """
)
SHOP_SPAM_LINES = lines(
    """
    Package include: 1 x {noun}
    100% brand new and high quality
    Please allow 1-3 cm error due to manual measurement
    Due to different monitor, colour may slightly different from picture
    If any question please contact us, we will reply within 24 hours
    Material: [ABS plastic|alloy|PU leather|polyester]
    Note: no retail box
    """
)
SHOP_PREMIUM_LINES = lines(
    """
    Designed in [Copenhagen|Milan|Edinburgh|Kyoto] and built to last for years
    Backed by a [five|ten]-year warranty
    Made from [recycled|responsibly sourced] materials
    Finished by hand in our own workshop
    Professional-grade construction throughout
    """
)
SHOP_BUDGET_LINES = lines(
    """
    Budget-friendly
    Great value starter option
    An affordable choice for occasional use
    """
)
SHOP_GOOD_BADGES = lines(
    """
    Best-seller
    Award-winning
    Editor's choice
    Customer favourite
    """
)
SHOP_GOOD_LINES = lines(
    """
    Rated 4.[7|8|9] out of 5 by over [2,000|9,000|15,000] customers
    Winner of the 2025 [Good Design|Red Dot] award
    Top review: "[Worth every penny|Best purchase this year|Bought a second one as a gift], [really well made|feels built to last|exceeded my expectations]."
    Our best-seller [three years running|since launch]
    """
)
SHOP_BAD_BADGES = lines(
    """
    Refurbished
    Open-box
    Clearance
    """
)
SHOP_BAD_LINES = lines(
    """
    Refurbished: fully tested, minor cosmetic marks
    Open-box item, packaging may be damaged
    Top review: "[Flimsy|Feels cheap|Not as pictured], [broke after two weeks|the plastic cracked straight away|stopped working after a month]."
    Clearance: sold as seen, no returns
    Top review: "Arrived late and [smaller than expected|missing parts]."
    """
)
SHOP_VAGUE_INTENTS = lines(
    """
    Just browsing for now
    Not sure yet, looking for ideas
    Gifts, mostly
    A bit of everything
    Stuff for the new flat
    Whatever is on sale
    """
)
SHOP_INTENT_JOINERS = (
    "{a}. {b}.",
    "{a}, and also {bl}.",
    "Mainly {al}. Maybe {bl} too.",
    "{a}. Oh, and {bl}.",
    "Two things: {al}; {bl}.",
)

# Interests that go together: a shopper's further interests are often neighbours of the first.
SHOP_RELATED: dict[str, tuple[str, ...]] = {
    "espresso": ("baking", "cosy_home"),
    "baking": ("espresso", "veg_growing"),
    "cosy_home": ("organising", "sleep", "houseplants"),
    "organising": ("cosy_home", "newborn"),
    "houseplants": ("veg_growing", "cosy_home", "cat"),
    "veg_growing": ("houseplants", "baking", "camping"),
    "running": ("home_gym", "hiking", "yoga"),
    "home_gym": ("running", "yoga"),
    "hiking": ("camping", "running", "photography"),
    "camping": ("hiking", "dog"),
    "hifi": ("smart_home", "pc_gaming", "creator"),
    "smart_home": ("hifi", "home_office"),
    "pc_gaming": ("home_office", "creator", "hifi"),
    "home_office": ("pc_gaming", "smart_home", "journaling"),
    "photography": ("creator", "hiking", "painting"),
    "creator": ("photography", "pc_gaming", "home_office"),
    "newborn": ("stem_toys", "organising", "sleep"),
    "stem_toys": ("newborn", "board_games"),
    "dog": ("cat", "hiking"),
    "cat": ("dog", "houseplants"),
    "skincare": ("grooming", "yoga", "sleep"),
    "grooming": ("skincare", "officewear"),
    "streetwear": ("officewear", "running"),
    "officewear": ("streetwear", "grooming", "home_office"),
    "journaling": ("painting", "home_office", "yoga"),
    "painting": ("journaling", "knitting", "photography"),
    "board_games": ("stem_toys", "pc_gaming"),
    "knitting": ("painting", "cosy_home"),
    "yoga": ("sleep", "running", "skincare"),
    "sleep": ("yoga", "cosy_home"),
}


# =============================================================================================
# News (article §6.2): 10 sections, 28 sub-sections; the latent topic is the sub-section
# =============================================================================================


@dataclass(frozen=True)
class NewsTopic:
    id: str
    name: str  # the sub-section shown to readers (the ``subcategory`` column)
    category: str  # the section (``category``)
    appeal: float  # share of readers who follow it (relative, log scale)
    evergreen: float  # clicks an article of this topic draws (evergreen > niche)
    headlines: tuple[str, ...]
    sentences: tuple[str, ...]  # abstract sentences (two per article)
    interests: tuple[str, ...]  # how a reader states this interest ("the football")
    slots: dict  # topic-specific slot values, e.g. {"team": (...)}
    related: tuple[str, ...] = ()


FIRST_NAMES = words(
    """
    Amara Ben Carys Dev Elif Femi Greta Hamish Ines Jonah Kaia Luca Mina Niall Odile Pavel
    Rosa Sami Tomas Una Viktor Wen Yusuf Zara Anouk Bryn Chidi Dara Esme Farah Gideon Hana
    Idris Juno Kofi Leona Mateo Nadia Orla Priya
    """
)
LAST_NAMES = words(
    """
    Okafor Lindqvist Moreau Castellanos Haddad Brennan Sato Novak Achterberg Quinn
    Delacroix Mbeki Rasmussen Ferreira Kowalczyk Thorne Varga Oyelaran Petrakis Mendez
    Halvorsen Kaur Albright Nakamura Drummond Eze Falk Gallagher Ivanova Jarrah
    Keane Larkin Marchetti Ndiaye Ostrowski Pereira Reyes Sandoval Tanaka Ulrich
    Vance Whitlock Yildiz Zeller Abara Bianchi Cardenas Dunleavy Ekström Fairbairn
    """
)
NEWS_CITIES = lines(
    """
    Port Arlen
    Kestrow
    Bramhall
    Lynmouth
    Eastwick
    Corrin
    Talbridge
    Marrowby
    Dunmere
    Havenford
    Oakhurst
    Saltmarsh
    Redfern
    Northam
    Carrick
    Ashcombe
    Fenwick
    Greyhaven
    Millbrook
    Stourport
    Wexley
    Calder Bay
    """
)
NEWS_COUNTRIES = lines(
    """
    Valdoria
    Mereth
    Ostravia
    Calandria
    Norvale
    Tessaly
    Arkenmoor
    Solvenia
    Dravonia
    Kaspia
    Eldmark
    Lusara
    """
)
NEWS_COMPANIES = lines(
    """
    Nimbra
    Quillstream
    Parcelo
    Verdant Labs
    Ledgerly
    Coldharbour Foods
    Orbitek
    Fathom Bank
    Trellis Health
    Brightwater Energy
    """
)
NEWS_LABELS: dict[str, float] = {  # headline label -> effect on clicks (log scale)
    "Breaking": 1.2,
    "Exclusive": 0.9,
    "Live": 0.8,
    "Explained": 0.4,
    "Analysis": 0.0,
    "In pictures": 0.3,
    "Opinion": -0.5,
    "In brief": -0.6,
    "Correction": -1.2,
    "Press release": -1.5,
    "Sponsored": -1.8,
}
NEWS_LABEL_LINES: dict[str, tuple[str, ...]] = {  # what a labelled article says about itself
    "Breaking": lines(
        """
        This is a breaking news story and will be updated as it develops
        More follows, stay with us for the latest
        """
    ),
    "Exclusive": lines(
        """
        [Documents|Emails] seen by this newspaper reveal the details for the first time
        [Sources|Insiders] have told us exclusively what happened
        """
    ),
    "Live": lines(
        """
        Follow our live coverage with minute-by-minute updates
        Live updates as it happens
        """
    ),
    "Explained": lines(
        """
        Here is everything you need to know, in plain English
        We answer the key questions
        """
    ),
    "Analysis": lines(
        """
        Our correspondent looks at what lies behind it
        What it means and what happens next
        """
    ),
    "In pictures": lines(
        """
        A gallery of the best photographs
        See the striking images
        """
    ),
    "Opinion": lines(
        """
        The writer is a regular columnist; these views are [her|his] own
        This is a comment piece, not a news report
        """
    ),
    "In brief": lines(
        """
        A short summary of the day's news
        In a few lines
        """
    ),
    "Correction": lines(
        """
        An earlier version of this article contained an error, which has been corrected
        We apologise for the mistake
        """
    ),
    "Press release": lines(
        """
        This announcement was issued by {company} and is published unedited
        For media enquiries contact the press office
        """
    ),
    "Sponsored": lines(
        """
        This content was paid for by {company}
        Produced in partnership with our commercial team, not by our journalists
        """
    ),
}
NEWS_FILLER = lines(
    """
    Here is what we know so far
    Read on for the full story
    More details are expected later today
    Our correspondent has the latest
    This story is developing and will be updated
    We explain what it means for you
    """
)
NEWS_INTEREST_JOINERS = (
    "Mostly here for {a}",
    "{A} and {b}",
    "Interested in {a}, {b}",
    "I follow {a} closely",
    "{A}, mainly",
    "Keen on {a}; also {b}",
    "Anything about {a}",
)

FILM_TITLES = lines(
    """
    The Salt Road
    Midnight at Marrowby
    Glass Harbour
    The Long Winter
    Iron Meadow
    Neon Saints
    The Cartographer
    Paper Lanterns
    """
)
BAND_NAMES = lines(
    """
    The Tidal Hours
    Moth Parade
    Velvet Static
    Northern Lanterns
    Salt & Ember
    The Quiet Engines
    Paper Kites Collective
    """
)

NEWS_TOPICS: tuple[NewsTopic, ...] = (
    NewsTopic(
        "diplomacy",
        "Diplomacy and conflict",
        "World",
        0.3,
        0.2,
        lines(
            """
            {country} and {country2} agree to [a ceasefire|a prisoner exchange|fresh talks] after [weeks|months] of [fighting|border clashes]
            Foreign ministers [meet in|fly to] {city} as [tensions|the standoff] over [the border|shipping lanes|a disputed dam] deepen
            {country} [recalls|expels] ambassador over [spying claims|a leaked cable|airspace violations]
            Peace [envoy|mediator] {person} [warns|says] [the truce|the deal] is ['fragile'|'hanging by a thread'|'within reach']
            [Aid convoy|Humanitarian corridor] [reaches|opens to] besieged town in northern {country}
            Summit in {city} ends [without a joint statement|with a trade and security pact|in a rare handshake]
            Sanctions on {country} [tightened|extended|eased] as [talks stall|negotiators make progress]
            Refugees [cross|flee] into {country2} as [shelling|fighting] [intensifies|spreads south]
            Talks in {city} [break down|stall] as delegations [walk out|trade accusations]
            [Drone|Missile] strikes [resume|hit] [port city|power stations] in {country} hours after truce
            [Envoys|Negotiators] [shuttle|race] between capitals to [avert|halt] [wider war|escalation]
            [Border|Frontier] [reopens|closes] between {country} and {country2} [after talks|amid unrest]
            {country} [joins|quits] regional [defence pact|alliance] in [historic|surprise] shift
            UN [resolution|vote] on {country} [blocked|passed] after [heated debate|late-night wrangling]
            """
        ),
        lines(
            """
            Officials said [the agreement|the deal] would be monitored by a [neutral|joint] observer mission
            [Shelling|Artillery fire] [continued|was reported] overnight near the frontier despite the [announcement|pledge]
            The [talks|negotiations] were brokered by [a regional bloc|three neighbouring states|the foreign ministry of {country2}]
            Diplomats described the mood as [tense but constructive|frosty|cautiously hopeful]
            Aid agencies say [tens of thousands|more than a million] people [need food and shelter|have been displaced]
            [The embassy|The mission] [will remain|has been] closed [until further notice|for at least a week]
            Both sides accused each other of breaking the [truce|agreement] within hours
            [Satellite images|Witnesses] showed [columns of vehicles|damaged bridges] near the frontier
            [Families|Civilians] [queued for hours|sheltered in basements] as [sirens sounded|the bombardment continued]
            [Analysts|Former diplomats] said [neither side|the region] could afford a [long war|collapse of talks]
            The [ministry|government] [denied|dismissed] the reports as propaganda
            Neighbouring states [closed airspace|put troops on alert] as a precaution
            A [joint statement|communique] is expected [later this week|after the weekend]
            """
        ),
        lines(
            """
            world affairs
            foreign policy
            international relations
            what's happening in global conflicts
            diplomacy
            """
        ),
        {},
        ("elections", "markets"),
    ),
    NewsTopic(
        "elections",
        "Elections and politics",
        "World",
        0.4,
        0.3,
        lines(
            """
            {party} [edges ahead|slips behind|surges] in [final|latest] polls before {country} [votes|election]
            [Prime minister|President] {person} [calls a snap election|survives a confidence vote|resigns after scandal]
            [Turnout|Early voting] [hits a record|falls sharply] in {country}'s [regional|general] elections
            Coalition talks [collapse|drag on|resume] as {party} [demands|rejects] [key ministries|a budget deal]
            [Opposition leader|Challenger] {person} [promises|unveils] [tax cuts|a housing plan|electoral reform] in campaign launch
            [Recount ordered|Results delayed] in [tight|disputed] race for {city} mayor
            [Parliament|Lawmakers] [pass|block|water down] [controversial|long-awaited] [voting|media|immigration] bill
            [Exit poll|Final tally] [hands|puts] {party} [a landslide|within reach of a majority|a narrow lead]
            [Televised|Final] debate: [who won|key moments|fact-checking the claims]
            [Minister|Deputy leader] {person} [sacked|quits] over [expenses|leaked messages]
            [Youth|Student] vote could [swing|decide] {city} seat, [pollsters say|analysts believe]
            {party} [manifesto|budget plan] [costed|criticised] by [independent watchdog|economists]
            [Referendum|Ballot] on [voting age|electoral reform] [set for|announced for] {month}
            """
        ),
        lines(
            """
            [Polling stations|Ballot counts] [opened|closed] [smoothly|amid long queues] across the country
            Analysts said the result would [reshape|test|shake up] the governing coalition
            The [manifesto|platform] focuses on [cost of living|public services|security|the economy]
            [Campaigners|Observers] raised concerns about [misinformation|voter registration|postal ballots]
            [Turnout|Participation] among [young voters|first-time voters] was [higher|lower] than expected
            The [party|candidate] needs [a majority|a handful more seats] to govern alone
            Voters queued [before dawn|in the rain] in [several districts|the capital]
            [Canvassers|Volunteers] [knocked on|visited] [thousands of|record numbers of] doors over the weekend
            The [leader|candidate] [dodged|answered] questions on [tax|immigration|healthcare]
            [Postal votes|Overseas ballots] could [delay|tip] the final result
            Coalition arithmetic [remains|looks] [uncertain|complicated]
            [Opponents|Critics] called the [move|promise] [reckless|uncosted|a gimmick]
            """
        ),
        lines(
            """
            politics
            elections and polling
            what the government is up to
            political news
            campaigns and voting
            """
        ),
        {
            "party": lines(
                """
                The Progress Alliance
                The People's Union
                The Green Forward party
                The Liberal Centre
                The National Renewal party
                The Workers' League
                """
            )
        },
        ("diplomacy", "housing"),
    ),
    NewsTopic(
        "markets",
        "Markets and economy",
        "Business",
        0.3,
        0.1,
        lines(
            """
            [Shares|Stocks] [tumble|rally|edge higher] as [inflation|jobs|growth] figures [surprise|disappoint] investors
            Central bank [holds interest rates at|raises interest rates to|cuts interest rates to] [3.5|4|4.25] per cent
            [Oil|Gas|Copper] prices [hit a six-month high|slump] on [supply fears|weak demand]
            {country}'s economy [shrinks|grows] [unexpectedly|faster than forecast] in [first|second] quarter
            [Bond yields|The currency] [jump|slide] after [budget|central bank] [announcement|surprise]
            [Inflation|Consumer prices] [eases|accelerates] to [2.1|3.4|4.8] per cent in {month}
            [Unemployment|Jobless claims] [falls|rises] to [lowest|highest] level in [a decade|two years]
            [Bank|Retail] stocks [slide|surge] on [earnings|profit warning] from {company}
            [Housing market|Factory output] [cools|rebounds] as [borrowing costs bite|orders recover]
            [Euro|Currency] [hits|falls to] [two-year low|record high] against the dollar
            [Trade deficit|Public debt] [widens|narrows] to [record|lowest] level
            [Gold|Bitcoin] [price|rally] [tops|breaks] [record|€2,000] as investors [seek safety|pile in]
            [Wage growth|Pay rises] [outpace|lag] inflation for [first time|third month]
            """
        ),
        lines(
            """
            Traders [had expected|were braced for] a [smaller|bigger] move
            The benchmark index [closed|ended the week] [down|up] [1.2|2.4|0.8] per cent
            Economists [warned|said] [a recession|a slowdown|higher borrowing costs] could [follow|weigh on households]
            [Mortgage|Loan] rates are [likely|expected] to [follow|rise|fall] in the coming weeks
            The figures [add to|ease] pressure on policymakers
            [Retailers|Manufacturers|Exporters] [reported|flagged] [weaker orders|rising costs|a strong quarter]
            [Markets|Investors] are now [pricing in|betting on] [two rate cuts|a pause] this year
            [Pension funds|Savers] could feel the [knock-on|effects] [within months|by the summer]
            The [finance ministry|treasury] said the numbers showed [resilience|the plan is working]
            [Shipping costs|Energy bills] remain a [drag|worry] for [businesses|households]
            Trading volumes were [thin|heavy] ahead of the [holiday|data release]
            [Chief economist|Strategist] {person} said the [outlook|picture] had [darkened|brightened]
            """
        ),
        lines(
            """
            the economy
            stock markets and interest rates
            finance and markets
            inflation and what it means for prices
            business and economics
            """
        ),
        {},
        ("startups", "personal_finance"),
    ),
    NewsTopic(
        "startups",
        "Companies and start-ups",
        "Business",
        0.2,
        0.0,
        lines(
            """
            {company} [raises|secures|lands] [€12m|€40m|€150m] in [Series A|Series B|seed] funding
            {company} to cut [300|1,200|5%] of jobs as [sales slow|it restructures]
            [Founder|Chief executive] {person} [steps down|is ousted] at {company}
            {company} [agrees to buy|is taken over by|merges with] {company2} in [€2bn|€450m] deal
            {company} [valuation soars|shares jump] after [blockbuster|record] [quarter|product launch]
            [Regulators|Competition watchdog] [probe|block|approve] {company}'s [takeover|merger|pricing]
            [Delivery|Fintech|Climate-tech] start-up {company} [goes bust|files for IPO|expands to {country}]
            [Unicorn|Scale-up] {company} [opens|moves] headquarters in {city}
            {company} [launches|pulls] [subscription|premium] service after [backlash|strong demand]
            [Workers|Staff] at {company} [vote to unionise|strike over pay]
            How {company} [went from|grew from] [a bedroom project|two founders] to [10,000 staff|a household name]
            [Investors|Backers] [pull out of|double down on] {company} after [losses|growth spurt]
            [Crowdfunding|Angel] round [oversubscribed|flops] for {city} [brewery|robotics firm|app maker]
            """
        ),
        lines(
            """
            The company said it would use the money to [hire engineers|expand abroad|build a new factory]
            [Investors|Analysts] [welcomed|questioned] the [move|deal|strategy]
            [Staff|Employees] were told of the decision in [an all-hands meeting|an email]
            The firm was founded in {city} [five|ten] years ago [in a garage|by two university friends]
            Revenue [doubled|fell by a third] [last year|in the quarter]
            The deal [still needs|has received] approval from shareholders
            [Founders|Executives] admitted they had [grown too fast|underestimated costs]
            The firm [employs|hires] [400|2,000] people across [five|twelve] countries
            [Customers|Users] [complained|were told] about [price rises|service changes] by email
            Shares in the company [have doubled|have halved] since [listing|last year]
            [Early backers|Angel investors] stand to [make a fortune|lose most of their money]
            The [chief executive|founder] said the [mission|strategy] [had not changed|needed a reset]
            """
        ),
        lines(
            """
            start-ups and venture capital
            companies and entrepreneurs
            business news
            tech companies and founders
            mergers and deals
            """
        ),
        {
            "company": lines(
                """
                Nimbra
                Quillstream
                Parcelo
                Verdant Labs
                Ledgerly
                Coldharbour Foods
                Orbitek
                Fathom Bank
                Trellis Health
                Brightwater Energy
                """
            )
        },
        ("markets", "ai"),
    ),
    NewsTopic(
        "personal_finance",
        "Your money",
        "Business",
        0.5,
        0.5,
        lines(
            """
            [How to|Five ways to] [cut your energy bill|save on the weekly shop|beat rising rents] this [winter|spring|month]
            [Mortgage|Savings] rates: [best deals|what changes] after the [rate decision|budget]
            [Pension|Retirement] [shake-up|changes]: what it means for [savers|under-40s|the self-employed]
            [Is now a good time|Should you] [to fix your mortgage|switch bank accounts|overpay your loan]?
            [Tax return|Benefits] deadline: [common mistakes|what you need to know]
            [Scam|Fraud] warning as [fake parcel texts|investment cons|romance scams] [surge|cost victims millions]
            [Budgeting|Saving] tips from [a debt adviser|readers who cleared their debts]
            [Credit card|Overdraft] [charges|fees] [rise|fall]: [how to avoid them|what you can do]
            [Childcare|Student loan] [costs|repayments] explained: [what changes|who pays more]
            [Energy|Water] price cap [rises|falls] in {month}: [how much you will pay|what it means]
            [Buy now, pay later|Loyalty schemes]: [the hidden costs|are they worth it]?
            [Side hustle|Freelance] income and tax: [the rules|what to declare]
            [Ask an expert|Reader question]: [should I|how do I] [pay off debt or save|move my pension]?
            """
        ),
        lines(
            """
            [Experts|Advisers] say [shopping around|switching providers] could save [hundreds|a few hundred euros] a year
            Here is how the changes affect [your payslip|your pension|your monthly payments]
            [First-time buyers|Renters|Families] are likely to feel the [biggest|sharpest] impact
            [Check|Compare] the small print before signing up to any deal
            Readers shared how they [cut costs|paid off credit cards|built an emergency fund]
            Banks will never ask you to [move money to a safe account|share your PIN]
            The [average|typical] household will [pay|save] [€120|€300] more a year
            [Set up|Turn on] alerts so you never [miss a payment|go overdrawn]
            [Interest|Fees] can [double|quickly add up] if you only pay the minimum
            [Keep|Save] [three months|six months] of spending in an easy-access account
            [Receipts|Records] should be kept for at least [five|six] years
            [Consumer groups|Money advisers] say [most people|many families] are [overpaying|missing out]
            """
        ),
        lines(
            """
            personal finance and saving money
            money tips
            mortgages, pensions and bills
            the cost of living
            budgeting
            """
        ),
        {},
        ("markets", "housing"),
    ),
    NewsTopic(
        "ai",
        "Artificial intelligence",
        "Technology",
        0.4,
        0.4,
        lines(
            """
            {company} [unveils|releases|delays] [a new language model|an AI assistant|a chatbot] that can [write code|see and speak|plan trips]
            [Chatbots|AI models] [fail|ace] [medical|legal|maths] exams, [researchers find|study shows]
            [Regulators|Lawmakers] [agree|propose] rules for [generative AI|deepfakes|facial recognition]
            [Artists|Authors|Musicians] [sue|settle with] {company} over [training data|copyright]
            [AI|Machine learning] [spots|predicts] [tumours|wildfires|protein shapes] [earlier than doctors|with record accuracy]
            [Schools|Universities] [ban|embrace] [AI homework help|essay-writing bots]
            [Robots|Self-driving taxis] [begin trials|suspended] in {city} after [incident|approval]
            [Voice|Image] [cloning|generator] scams [target|trick] [pensioners|small businesses]
            [Hospital|Bank] [trials|adopts] AI [to triage patients|to catch fraud] in {city}
            [Open-source|Rival] model [matches|beats] {company}'s [flagship|best] system at [fraction of cost|coding tests]
            [Jobs|Workers] most [exposed to|protected from] automation, [report finds|study says]
            [Deepfake|Fake] video of {person} [spreads|goes viral] before [election|vote]
            [Data centre|Chip] boom [strains|drains] [power grid|water supplies] in {country}
            """
        ),
        lines(
            """
            The system was trained on [vast amounts of text|billions of images|public code]
            [Critics|Researchers] warned that the [model|tool] can still [make things up|reproduce bias]
            The company says [safety testing|red-teaming] took [months|more than a year]
            [Teachers|Doctors|Lawyers] are already using similar tools to [save time|draft documents]
            The [chips|data centres] needed to run it use [huge amounts|a lot] of electricity
            Users will be able to try it [from next week|in a limited preview]
            The [tool|assistant] [summarises|writes|translates] [documents|emails|meetings] in seconds
            Experts say [humans|staff] should [check|review] every answer it gives
            [Unions|Economists] [warned|argued] that [routine jobs|junior roles] could disappear
            [Watermarks|Labels] on generated [images|videos] are [easy to remove|now mandatory]
            [Benchmarks|Tests] showed [big gains|mixed results] on [reasoning|maths] problems
            The [start-up|lab] has [raised|spent] billions on [computing power|training runs]
            """
        ),
        lines(
            """
            artificial intelligence
            AI and machine learning
            chatbots and what they can do
            the future of tech
            robots and automation
            """
        ),
        {"company": ("Nimbra", "Orbitek", "Quillstream", "DeepHarbor", "Synthera", "Cortexa")},
        ("gadgets", "cybersecurity", "startups"),
    ),
    NewsTopic(
        "gadgets",
        "Gadgets and reviews",
        "Technology",
        0.3,
        0.3,
        lines(
            """
            {company} [launches|teases|unveils] [folding phone|smart glasses|a cheaper tablet] at [spring|autumn] event
            Review: {company}'s [new|latest] [earbuds|smartwatch|laptop] [is worth the upgrade|disappoints|impresses]
            [Best|Top] [budget phones|e-readers|robot vacuums] [tested|of the year]
            [Battery|Screen] [problems|complaints] [prompt recall|dog] {company}'s [flagship|bestseller]
            [Hands-on|First look]: [the console|the headset|the camera] everyone is talking about
            [Right-to-repair|Charging] rules [force|will require] gadget makers to [use USB-C|offer spare parts]
            [Smartwatch|Fitness ring] [can now detect|promises to track] [sleep apnoea|blood pressure]
            [Cheapest|Best] [noise-cancelling headphones|4K TVs|gaming laptops] we tested this [year|spring]
            [Repairability|Durability] scores: [which phones|which laptops] [last longest|break first]
            {company} [drops|kills] [headphone jack|charger|physical SIM] from new [models|phones]
            [Folding|Rollable] screens: [gimmick|the future]? We tried them for a week
            [Deals|Discounts] on [tablets|e-readers|speakers] ahead of [spring sale|Black Friday]
            """
        ),
        lines(
            """
            [Battery life|Performance] [easily lasts|struggles to last] a full day
            The [display|screen] is [bright|sharp|dim] and [smooth|easy on the eyes]
            At [€299|€899|€1,499] it is [not cheap|good value|hard to justify]
            [Our reviewer|We] spent [two weeks|a month] with it
            The [camera|speaker|keyboard] is the [standout|weak point]
            [Owners|Buyers] can [claim a refund|get a free repair]
            [Setup|Pairing] took [minutes|a frustrating hour]
            The [hinge|crease] is [barely visible|still noticeable] after [months|weeks] of use
            [Updates are|Software support is] promised for [seven|five] years
            It [weighs|measures] [just 180 g|under 1 kg] and [fits in a pocket|slips into any bag]
            [Sound|Picture] quality [rivals|beats] models [twice the price|from bigger brands]
            [Competitors|Rivals] [offer more|charge less] for [similar specs|the same features]
            """
        ),
        lines(
            """
            gadgets and tech reviews
            new phones and laptops
            consumer tech
            product reviews before I buy
            the latest gear
            """
        ),
        {"company": ("Halden", "Quillon", "Orbitek", "Pixelcraft", "Norda", "Vireo")},
        ("ai", "cybersecurity"),
    ),
    NewsTopic(
        "cybersecurity",
        "Security and privacy",
        "Technology",
        0.1,
        0.1,
        lines(
            """
            [Hackers|Ransomware gang] [hit|cripples|leak data from] {org}
            [Millions|Thousands] of [passwords|customer records|medical files] [exposed|stolen] in {company} breach
            [Urgent|Emergency] update [fixes|patches] [flaw|bug] [under active attack|in popular browser]
            [Police|Investigators] [arrest|charge|unmask] [teenage|suspected] [hackers|botnet operators]
            [Spyware|Stalkerware] found on phones of [journalists|activists|officials]
            [How to|Why you should] [turn on two-factor login|use a password manager|spot a phishing email]
            [Phishing|Smishing] [wave|campaign] [impersonates|spoofs] [tax office|delivery firms|banks]
            [Airport|Hospital] [systems|check-in] [down|restored] after [cyber-attack|IT outage]
            [Password|Account] [reuse|sharing] leaves [millions|families] [exposed|at risk], [study|report] warns
            [Smart doorbells|Baby monitors|Routers] [hijacked|vulnerable] to [snooping|remote takeover]
            [Crypto|Payments] firm [loses|drained of] [€30m|€120m] in [hack|heist]
            """
        ),
        lines(
            """
            [Systems|Services] [were taken offline|remained down] for [days|a week]
            Attackers [demanded|asked for] a ransom in [cryptocurrency|bitcoin]
            [Users|Customers] are advised to [change passwords|update their devices] [immediately|as soon as possible]
            The [vulnerability|flaw] [affects|was found in] [millions of devices|older routers|a widely used library]
            [Security researchers|Analysts] traced the [attack|campaign] to a [known|state-backed] group
            [Criminals|Scammers] used [stolen logins|fake websites] to [empty accounts|harvest card details]
            [Engineers|IT teams] worked through the night to [restore|secure] systems
            [Default passwords|Old firmware] made the [devices|routers] easy targets
            [Regulators|Data watchdogs] [opened an inquiry|could impose fines]
            [Backups|Offline copies] allowed [the hospital|the firm] to recover [quickly|within days]
            """
        ),
        lines(
            """
            cybersecurity and hacking
            online privacy
            data breaches
            how to stay safe online
            infosec
            """
        ),
        {
            "org": (
                "a hospital network",
                "the city council",
                "a major retailer",
                "a water utility",
            ),
            "company": ("Ledgerly", "Fathom Bank", "Parcelo", "Trellis Health"),
        },
        ("ai", "gadgets"),
    ),
    NewsTopic(
        "space",
        "Space",
        "Science",
        0.2,
        0.4,
        lines(
            """
            [Rocket|Probe|Lander] [lifts off|launches] [for the Moon|to Mars|towards Jupiter's moons]
            [Astronomers|Telescope] [spot|discovers] [an Earth-sized planet|a new comet|water vapour] [around a nearby star|in distant atmosphere]
            [Astronauts|Crew] [return|dock] [safely|after a six-month mission|with the space station]
            [Meteor shower|Solar eclipse|Northern lights]: [when and where to look|best night to watch]
            [Mission|Launch] [scrubbed|delayed] after [fuel leak|engine fault|bad weather]
            [Images|Photos] from [the rover|the telescope] reveal [ancient riverbeds|a stellar nursery|icy geysers]
            [Private|Commercial] [space station|lunar lander] [reaches orbit|touches down] [in a first|at last]
            [Asteroid|Space rock] to [pass|skim] [close to|near] Earth [on Tuesday|this month], [no danger|astronomers say]
            [Satellite|Space] [junk|debris] [threatens|forces manoeuvre by] [space station|telescopes]
            [Mars|Moon] [samples|rocks] [reveal|hint at] [ancient water|volcanic past]
            [Space agency|Rocket firm] [picks|trains] [first|new] astronauts from {country}
            [Black hole|Supernova] [spotted|imaged] [devouring a star|in record detail]
            """
        ),
        lines(
            """
            The [spacecraft|probe] will take [seven years|eighteen months] to reach its target
            [Scientists|Mission controllers] cheered as the [signal|first data] came in
            [The planet|The world] orbits [in the habitable zone|every 12 days]
            Skies should be [clear|cloudy] [for most of the country|in the north]
            The [crew|astronauts] carried out experiments on [plant growth|muscle loss|new materials]
            [Engineers|Controllers] [fired thrusters|adjusted the orbit] to [avoid|dodge] the debris
            The [rock|object] is [about 300 metres|roughly the size of a stadium] across
            [Telescopes|Observatories] around the world [tracked|watched] the event
            The [samples|rocks] will be [returned|studied] in [labs|clean rooms] [next year|for decades]
            The [launch|mission] is part of a plan to [build a base|send crews] [on the Moon|to Mars] by the 2030s
            [Amateur|Backyard] astronomers [captured|photographed] it too
            """
        ),
        lines(
            """
            space and astronomy
            rockets and missions
            the universe
            stargazing
            planets and space exploration
            """
        ),
        {},
        ("research", "ai"),
    ),
    NewsTopic(
        "archaeology",
        "History and archaeology",
        "Science",
        -0.2,
        0.3,
        lines(
            """
            [Roman|Viking|Bronze Age] [hoard|shipwreck|burial] [found|uncovered] [under a car park|by a metal detectorist|off the coast of {city}]
            [Ancient|Medieval] [DNA|skeletons] [rewrite|reveal] the story of [early farmers|a lost city|the plague]
            [Lost|Sunken] [settlement|temple] [mapped|discovered] with [lasers|sonar|drones]
            [Museum|Archive] [returns|acquires] [looted|rare] [artefacts|manuscript]
            [Cave paintings|Carvings] [older|far older] than thought, [dating|tests] suggest
            [Tomb|Palace] of [forgotten|lost] [queen|king] [unearthed|identified] in {country}
            [Shipwreck|Galleon] [treasure|cargo] [raised|recovered] from [seabed|harbour]
            [Medieval|Ancient] [road|bridge] [found|revealed] during [railway|housing] works near {city}
            [Oldest|Earliest] [writing|bread|shoes] ever found, [scientists claim|researchers say]
            [Battlefield|Hillfort] secrets [revealed|mapped] by [volunteers|metal detectors|drones]
            """
        ),
        lines(
            """
            [Archaeologists|Researchers] said the find was ['extraordinary'|'once in a generation']
            The [objects|remains] date back [some 3,000 years|to the 9th century|to the Iron Age]
            [Coins|Jewellery|Pottery] found at the site [point to|suggest] [trade with distant lands|a wealthy household]
            The [site|dig] will [open to visitors|be excavated] next summer
            [Radiocarbon|Genetic] tests [confirmed|overturned] earlier theories
            [Builders|Engineers] stopped work when [bones|timbers|mosaics] appeared
            The [inscription|carving] names a [ruler|merchant] unknown to historians
            [Volunteers|Students] sifted [tonnes of soil|every bucket] by hand
            [Experts|Curators] hope to [display|conserve] the finds in the [local museum|national collection]
            [Tree-ring|Isotope] analysis [pinned down|revealed] the [date|origins]
            """
        ),
        lines(
            """
            history and archaeology
            ancient civilisations
            the past
            old ruins and discoveries
            museums and history
            """
        ),
        {},
        ("space", "travel"),
    ),
    NewsTopic(
        "research",
        "Medical research",
        "Science",
        0.2,
        0.2,
        lines(
            """
            [New drug|Experimental therapy|Vaccine] [cuts|halves] risk of [heart attack|dementia|severe flu] in trial
            [Blood test|Scan] could [detect|predict] [cancer|Alzheimer's|diabetes] years [earlier|before symptoms]
            [Gene|Cell] therapy [restores sight|cures rare disease] in [children|first patients]
            [Scientists|Researchers] [grow|print] [mini-organs|skin|heart tissue] in the lab
            [Study links|Researchers tie] [poor sleep|air pollution|ultra-processed food] to [higher risk of|faster] [stroke|memory decline]
            [Antibiotic|Superbug] breakthrough: [new compound|soil bacteria] [kills|defeats] resistant [infections|bacteria]
            [Weight-loss|Diabetes] [jab|pill] [also cuts|may reduce] risk of [heart failure|kidney disease]
            [Brain implant|Spinal device] helps [paralysed|stroke] patient [walk|speak] again
            [Vaccine|Therapy] for [malaria|RSV|cancer] [shows promise|approved] after [trial|review]
            [Gut bacteria|Microbiome] linked to [depression|allergies|ageing], [study|research] suggests
            [Smell|Eye] test could [flag|spot] [Parkinson's|heart disease] early
            """
        ),
        lines(
            """
            The [trial|study] followed [2,000|15,000|400] [patients|volunteers] for [two|five] years
            [Experts|Doctors] said the results were [promising but early|a major step forward]
            [Larger trials|Further tests] are needed before it [reaches clinics|can be approved]
            The [findings|results] were published in [a leading medical journal|a peer-reviewed journal]
            [Side effects|Complications] were [mild|rare] in most [patients|participants]
            [Patients|Volunteers] on the [drug|therapy] had [30%|half] fewer [hospital stays|relapses]
            The [device|implant] [decodes|reads] signals from the [brain|nerves]
            [Researchers|Scientists] [cautioned|stressed] that the [sample|study] was small
            [Regulators|Health agencies] will [decide|review the data] [later this year|in the autumn]
            The [team|lab] [spent|worked] [a decade|years] developing the [technique|approach]
            """
        ),
        lines(
            """
            medical research
            health science and new treatments
            breakthroughs in medicine
            science news
            biology and genetics
            """
        ),
        {},
        ("fitness", "mental_health", "space"),
    ),
    NewsTopic(
        "fitness",
        "Fitness and nutrition",
        "Health",
        0.4,
        0.5,
        lines(
            """
            [Ten minutes|Twenty minutes] of [walking|strength training|stretching] a day [could add years to your life|boosts mood]
            [Is|Are] [intermittent fasting|protein shakes|cold plunges] [worth it|really healthy]? [Experts weigh in|What the science says]
            [Best|Easy] [high-protein breakfasts|workouts for beginners|ways to cut sugar]
            [Running|Cycling] [injuries|niggles]: how to [avoid|recover from] them
            [Ultra-processed foods linked to weight gain|Fibre-rich diets tied to better gut health|Late-night snacking linked to poor sleep]
            [Why|How] [your step count|resting heart rate|VO2 max] matters more than you think
            [Walking|Running] [pace|distance] [tied to|predicts] [longer life|heart health], study finds
            [Creatine|Caffeine|Protein] [supplements|powder]: [who benefits|what the evidence says]
            [Sitting all day|Desk jobs]: [easy ways|exercises] to undo the damage
            [Marathon|5k] training plan for [beginners|over-50s]: [week by week|from the sofa]
            [Sugar tax|Junk food ads] [cut|change] what [children|families] eat, [researchers say|data shows]
            [Yoga|Pilates] or [weights|swimming]: which is [best|better] for [back pain|bone strength]?
            """
        ),
        lines(
            """
            [Dietitians|Coaches] recommend [building up slowly|mixing cardio and weights]
            Even [short|gentle] sessions [lower blood pressure|improve sleep]
            [Swap|Replace] [sugary snacks|white bread] for [nuts|oats|pulses]
            Listen to your body and [rest|see a physio] if pain persists
            [Readers|Trainers] share the [habits|routines] that worked for them
            [Aim for|Build up to] [150 minutes|three sessions] of [activity|exercise] a week
            [Warm up|Stretch] properly and [increase mileage|add weight] gradually
            [Most people|Adults] [do not get enough|could use more] [fibre|protein|sleep]
            [Standing|Moving] every [half hour|hour] [helps|lowers] blood sugar
            [Scientists|Nutritionists] [disagree|are divided] on the ideal [amount|timing]
            """
        ),
        lines(
            """
            fitness and nutrition
            healthy eating and exercise
            staying in shape
            workouts and diet tips
            health and wellbeing
            """
        ),
        {},
        ("mental_health", "research", "food"),
    ),
    NewsTopic(
        "mental_health",
        "Mental health",
        "Health",
        0.2,
        0.3,
        lines(
            """
            [Burnout|Loneliness|Anxiety] [rising|at record levels] among [young adults|nurses|teachers], survey finds
            [How to|Ways to] [switch off after work|cope with panic attacks|sleep when your mind races]
            [Waiting lists|Therapy delays] for [talking therapy|children's mental health services] [grow|hit new high]
            [Four-day week|Workplace wellbeing] trial [cuts|reduces] [stress|sick days] [by a third|sharply]
            [Social media|Screen time] and [teen|children's] [wellbeing|self-esteem]: what new research shows
            [Doomscrolling|Late-night phone use] [linked to|worsens] [anxiety|poor sleep], study finds
            [Men|Farmers|Students] [urged|encouraged] to [talk|seek help] [sooner|about stress]
            [Nature|Green space] [prescriptions|walks] [ease|reduce] [depression|stress], [GPs find|trial shows]
            [Grief|Loneliness] [after|in] [retirement|later life]: [how to cope|where to find support]
            [Workplace|Exam] stress: [signs to watch for|how to help a friend]
            """
        ),
        lines(
            """
            [Talking to someone|Reaching out] is often the [hardest|most important] first step
            [Charities|Psychologists] say [small routines|time outdoors] can make a real difference
            [Employers|Schools] are being urged to [do more|offer support]
            [Participants|Staff] reported [better sleep|fewer sick days|feeling calmer]
            If you are struggling, [helplines|support services] are open [day and night|24 hours a day]
            [Small|Simple] steps like [a daily walk|regular sleep] [help|make a difference]
            Many people wait [years|months] before [asking for help|telling anyone]
            [Counsellors|Volunteers] said [calls|demand] had [doubled|risen sharply]
            [Peer support|Group sessions] [worked|helped] for [most|many] participants
            [Experts|Clinicians] stressed that [recovery|feeling better] is possible
            """
        ),
        lines(
            """
            mental health
            wellbeing and stress
            psychology
            anxiety and how to cope
            mindfulness
            """
        ),
        {},
        ("fitness", "research"),
    ),
    NewsTopic(
        "football",
        "Football",
        "Sport",
        0.6,
        0.5,
        lines(
            """
            {team} [snatch|grab|steal] [a late|a stoppage-time|a last-gasp] winner [against|at] {team2}
            {person}'s [hat-trick|double|brace] sends {team} [top of the table|into the cup final|clear at the top]
            {team} [sack|part ways with] manager after [derby defeat|five straight losses|a winless run]
            Transfer [news|deadline]: {team} [close in on|agree fee for|miss out on] [midfielder|striker|goalkeeper] {person}
            [Penalty|Spot-kick] drama as {team} edge past {team2} in [shoot-out|extra time]
            [Relegation fears|Title race] [deepen|heats up] after {team} [lose|draw] to {team2}
            [Women's|Youth] side of {team} [lift the trophy|win the league|reach semi-finals]
            [VAR row|Red card controversy] overshadows {team}'s [draw|win] [with|over] {team2}
            {team} [unveil|appoint] {person} as new [head coach|manager] on [two-year|three-year] deal
            [Late|Stoppage-time] [own goal|equaliser] [hands|denies] {team} [a point|victory] at {team2}
            [Cup|Derby] [upset|shock] as [non-league|second-tier] side [knocks out|stuns] {team}
            [Captain|Keeper] {person} [signs new deal|set to leave] {team}
            [Stadium|Ground] [expansion|move] [approved|blocked] for {team}
            {team} [fined|charged] after [crowd trouble|pitch invasion] at {team2}
            """
        ),
        lines(
            """
            The [striker|winger|forward] [curled|drilled|headed] home in the [90th|93rd|88th] minute
            Manager {person} said the squad had shown ['real character'|'great spirit'] [after a difficult week|after going a goal down]
            [Injuries|Suspensions] [forced|meant] [a reshuffled back four|three changes] for the [visitors|hosts]
            The club [confirmed|announced] the [signing|deal] on a [three-year|four-year] contract
            Supporters [booed|applauded] the players off at full time
            The result leaves them [two points|six points] [clear|behind] with [eight|five] games left
            [A towering header|A deflected shot|A curling free-kick] [settled|decided] it [late on|just before the break]
            [The home side|The visitors] [dominated possession|sat deep] but [lacked a cutting edge|struck on the counter]
            [The keeper|The defender] [made a string of saves|cleared off the line] to [keep it level|protect the lead]
            [A sold-out crowd|Forty thousand fans] [roared|sang] them on
            [The board|Owners] [backed|questioned] the [coach|manager] after the [run|defeat]
            [Fixture|Match] congestion is [taking its toll|a worry] with [three|four] games in [ten days|a week]
            """
        ),
        lines(
            """
            the football
            Premier-league gossip and match reports
            transfer news
            my club's results
            soccer
            """
        ),
        {
            "team": lines(
                """
                Harbourside United
                Corven Rovers
                Ashby Athletic
                Kestrow City
                Dunmere Wanderers
                Port Arlen FC
                Millbrook Town
                Redfern Albion
                Saltmarsh Rangers
                Greyhaven Orient
                Carrick Celtic
                Talbridge County
                Wexley Vale
                Stourport Harriers
                Northam Forest
                Oakhurst Borough
                Lynmouth Athletic
                Fenwick Park
                Bramhall Dynamo
                Calder Bay Thistle
                """
            )
        },
        ("tennis", "basketball", "cycling"),
    ),
    NewsTopic(
        "tennis",
        "Tennis",
        "Sport",
        0.0,
        0.2,
        lines(
            """
            {person} [battles back|comes from a set down|saves match points] to reach [the quarter-finals|the semi-finals|the final] in {city}
            [Teenager|Qualifier|Wildcard] {person} [stuns|knocks out] [top seed|defending champion] {person2}
            {person} [wins|lifts] [first Grand Slam title|the Open|a fifth major] [in straight sets|after a five-set epic]
            {person} [withdraws|pulls out] with [wrist|knee|back] injury [before|on the eve of] the [Open|championships]
            [Rain delays|Heat rule] [disrupt|halt] play at [the championships|centre court]
            [Doubles|Mixed doubles] pair [clinch|win] [gold|the title] [in a tie-break|on home soil]
            [Former champion|Veteran] {person} [announces retirement|bows out] after [emotional|final] match
            {person} [fined|warned] for [racket smash|outburst] at umpire
            [Grass|Clay] season [preview|contenders]: [who can stop|can anyone beat] {person}?
            [Prize money|Scheduling] row: players [demand|threaten] [changes|boycott]
            {person} [ends|snaps] [losing streak|title drought] with [win|victory] in {city}
            """
        ),
        lines(
            """
            The [serve|backhand|forehand] [held firm|broke down] in the [deciding set|tie-break]
            [Fans|The crowd] [rose to applaud|roared] after a [40-shot|breathtaking] rally
            [She|He] [will face|meets] {person2} [next|in the final] on [Sunday|Friday]
            The [world number one|seventh seed] [needed|took] [medical treatment|a long break] between sets
            It is [her|his] first [title|final] on [grass|clay|hard courts]
            [A crosscourt winner|An ace down the T|A delicate drop shot] sealed it
            [Three hours|Four hours and ten minutes] after the first serve, [she|he] [sank to the clay|raised both arms]
            [The coach|The team] said [rest|surgery] was [needed|the only option]
            [Seedings|Rankings] [shift|will change] after the [upset|result]
            [Fans|Spectators] [queued overnight|packed the stands] for the [match|final]
            """
        ),
        lines(
            """
            tennis
            the Grand Slams
            racket sports
            Wimbledon and the Opens
            """
        ),
        {},
        ("football", "cycling"),
    ),
    NewsTopic(
        "cycling",
        "Cycling",
        "Sport",
        -0.2,
        0.1,
        lines(
            """
            {person} [wins|takes] [mountain stage|time trial|sprint finish] to [seize|extend] [the leader's jersey|overall lead]
            [Crash|Pile-up] in [final kilometre|the peloton] [ends|wrecks] {person}'s [hopes|tour]
            [Breakaway|Solo attack] [survives|holds off the chasers] on [the cobbles|a rain-soaked stage]
            [Grand tour|Classics] [route|calendar] unveiled with [brutal climbs|gravel sectors]
            [Team|Rider] {person} [banned|cleared] after [doping|anti-doping] [case|appeal]
            [Track|Velodrome] [world record|gold] for {person} in the [pursuit|keirin|omnium]
            [Teenage|Young] [prodigy|climber] {person} [stuns|outclimbs] [favourites|the peloton] on [summit finish|queen stage]
            [Women's|Under-23] [tour|race] [returns|expands] with [longer|tougher] stages
            [Bike|Cycling] [lanes|safety]: [pro riders|campaigners] call for [changes|action] after [crash|collision]
            [Gravel|Cyclocross] [world championships|race] [won|decided] in [mud|sprint] by {person}
            [Team|Squad] [sponsor|backer] [pulls out|signs on], [jobs|riders] at risk
            """
        ),
        lines(
            """
            The [climber|sprinter|all-rounder] [attacked|launched a move] on the [final ascent|last bend]
            [Rivals|Team-mates] [lost|gained] [more than a minute|vital seconds] on the stage
            [Organisers|Officials] [neutralised|shortened] the stage because of [snow|high winds]
            The [race|tour] [finishes|heads into the mountains] [next week|on Sunday]
            [The peloton|The chasing group] [gave up|misjudged] the [chase|gap] [too late|on the final climb]
            [Gradients|Ramps] of up to [18|20] per cent [split|shattered] the [field|bunch]
            [Riders|Teams] [complained|raised concerns] about [road surfaces|race safety]
            [A puncture|A mechanical] at the [worst moment|foot of the climb] cost [her|him] [dearly|the race]
            """
        ),
        lines(
            """
            pro cycling
            the big tours and the classics
            bike racing
            road cycling
            """
        ),
        {},
        ("football", "tennis", "fitness"),
    ),
    NewsTopic(
        "basketball",
        "Basketball",
        "Sport",
        -0.1,
        0.2,
        lines(
            """
            {team} [clinch|secure] [playoff spot|home advantage] with [overtime|buzzer-beater] win over {team2}
            {person} [drops|scores] [41|38|52] points as {team} [rout|edge] {team2}
            [Trade deadline|Draft]: {team} [land|swap|pick] [star guard|seven-foot centre|college prospect] {person}
            {team} [coach|general manager] [fired|extended] after [slump|record season]
            [Triple-double|Career-high] night for {person} in [comeback|blowout] [win|victory]
            [Rookie|Veteran] {person} [named|wins] [most valuable player|rookie of the year]
            {team} [snap|extend] [losing|winning] streak to [ten|twelve] games
            [Star forward|Point guard] {person} [out for season|returns] after [knee|ankle] [injury|surgery]
            [All-star|Playoff] [weekend|series] [preview|takeaways]: {team} vs {team2}
            [League|Players] [agree|clash] over [new contract rules|expansion plans]
            """
        ),
        lines(
            """
            [The guard|The forward] [hit|nailed] [six three-pointers|the go-ahead free throws]
            [Their defence held|The bench outscored] the [opponents|visitors] in the [fourth quarter|second half]
            The [series|season] [resumes|continues] on [Tuesday|Thursday] at [home|the arena]
            [Injury|Rotation] [worries|changes] [mount|loom] [ahead of|before] the playoffs
            [A step-back three|A late block] [sealed|turned] the game
            [He|She] [shot|went] [11 of 14|9 of 12] from the field
            [The arena|The crowd] [erupted|fell silent] at the buzzer
            [Coaches|Scouts] [praised|questioned] the [rotation|defence]
            """
        ),
        lines(
            """
            basketball
            hoops and the playoffs
            the league and the draft
            """
        ),
        {
            "team": lines(
                """
                Port Arlen Comets
                Kestrow Kings
                Bramhall Bulldogs
                Oakhurst Owls
                Calder Bay Storm
                Northam Knights
                Fenwick Falcons
                Eastwick Heat
                Talbridge Titans
                Redfern Rockets
                Greyhaven Ghosts
                Millbrook Mavericks
                """
            )
        },
        ("football",),
    ),
    NewsTopic(
        "film",
        "Film",
        "Culture",
        0.3,
        0.3,
        lines(
            """
            {film} [tops|storms|disappoints at] the box office [on opening weekend|in its second week]
            Review: {film} is [a gripping thriller|a tender drama|a dazzling epic|a messy sequel]
            [Director|Actor] {person} [to helm|joins the cast of|walks away from] [a reboot|a biopic|the franchise]
            [Awards season|Festival] [favourite|hit] {film} [sweeps|picks up] [top prizes|five nominations]
            [Cinema chain|Studio] [closes screens|delays releases|bets on streaming]
            {person} on [fame|ageing in Hollywood|the role that changed everything]
            [Horror|Animated] [hit|sequel] {film} [scares up|earns] [record|surprise] [takings|box office]
            [Indie|Low-budget] {film} [wins|takes] [top prize|audience award] at {city} festival
            [Biopic|Remake] of [a rock legend|a classic novel] [casts|lands] {person}
            [Streaming|Cinema] [release|window] row [delays|sinks] {film}
            [Costume|Set] designer {person} on [building|recreating] [a lost city|the 1920s] for {film}
            """
        ),
        lines(
            """
            The [film|picture] [follows|tells the story of] [a retired detective|two estranged sisters|a family of smugglers]
            [Critics|Audiences] [praised|were split on] [the performances|the ending|the score]
            It [took|earned] [€40m|€120m] worldwide in [three days|its first week]
            [Filming|Production] [begins|wraps] in {city} [this summer|next month]
            The [cast|director] [spoke|joked] about [the long shoot|working with animals]
            [The twist|The final act] [divided|delighted] [festival|preview] audiences
            [The lead|The young star] [gives|delivers] a [career-best|stunning] performance
            [Shot on film|Filmed on location] in [the mountains|a real prison|the desert]
            [Trailers|Early reviews] [had promised|suggested] [something special|a hit]
            [Studios|Cinemas] are betting on [franchises|event films] to bring audiences back
            """
        ),
        lines(
            """
            films and cinema
            movie reviews
            the box office and awards
            Hollywood
            new releases at the pictures
            """
        ),
        {"film": FILM_TITLES},
        ("music", "tv"),
    ),
    NewsTopic(
        "music",
        "Music",
        "Culture",
        0.3,
        0.3,
        lines(
            """
            {band} [announce|cancel|add dates to] [world tour|comeback gigs|stadium shows]
            Review: {band}'s new album is [their boldest yet|a return to form|a slow burn]
            [Festival|Line-up] [headliners|first acts] revealed for [Calder Bay|Greyhaven] [weekender|summer festival]
            [Ticket|Resale] [chaos|prices] as [fans queue for hours|bots snap up seats]
            {person} [tops|breaks records on] the charts with [debut|surprise] [single|album]
            [Songwriter|Producer] {person} [wins|sues over] [royalties|an award]
            {band} [frontman|singer] {person} [goes solo|leaves the band]
            [Vinyl|Cassette] [sales|revival] [hit|reach] [thirty-year|record] high
            [Grassroots|Small] venues [closing|saved] as [costs soar|fans rally]
            [Orchestra|Choir] [premieres|performs] [new symphony|rare work] in {city}
            [Songwriting|Streaming] [pay|royalties]: artists [demand|win] [fairer deal|changes]
            """
        ),
        lines(
            """
            The [record|album] [blends|mixes] [folk|synth-pop|soul] with [electronics|strings|hip-hop beats]
            [Fans|Critics] [called|hailed] the [set|show] [unforgettable|a triumph]
            [Tickets|Passes] go on sale on [Friday|Monday] at [9am|noon]
            The [band|singer] [recorded|wrote] it in [a cabin|a converted church|just ten days]
            [Streams|Sales] [topped|passed] [ten million|a million] in the first week
            [The set|The gig] [opened|closed] with [a singalong|an encore] of [their first hit|an old favourite]
            [Venue owners|Promoters] [blamed|cited] [energy bills|rents] for the [closures|cancellations]
            [Fans|Listeners] [flocked|queued] to [record shops|the box office]
            [Royalties|Payments] [per stream|for songwriters] remain [tiny|a sore point]
            """
        ),
        lines(
            """
            music
            gigs, albums and festivals
            new music and concerts
            the charts
            live music
            """
        ),
        {"band": BAND_NAMES},
        ("film", "tv"),
    ),
    NewsTopic(
        "tv",
        "Television and streaming",
        "Culture",
        0.4,
        0.4,
        lines(
            """
            [Finale|Season two] of {show} [leaves fans reeling|divides viewers|breaks streaming records]
            {show} [renewed|cancelled|returns] [for a third series|after one season|next autumn]
            [Reality show|Quiz] {show} [contestant|host] {person} [quits|crowned winner]
            [What to watch|Best shows] this [weekend|week|month]: [our picks|from crime dramas to comedies]
            [Streaming|Subscription] [prices|plans] [rise|change] again: what you [get|pay]
            [Crime|Period] drama {show} [tops|dominates] [ratings|streaming charts] for [third week|a month]
            [Presenter|Host] {person} [steps down|returns] after [twenty years|controversy]
            [Soap|Sitcom] {show} [kills off|brings back] [fan favourite|long-lost character]
            [Documentary|Docuseries] on [the deep sea|a famous heist|a football club] [gripping|divides] viewers
            [Ads|Adverts] come to [streaming|subscription] [plans|tiers]: what changes for viewers
            """
        ),
        lines(
            """
            The [drama|series] [follows|centres on] [a small-town police chief|rival chefs|a family of spies]
            [Viewers|Fans] [took to social media|flooded forums] to [vent|celebrate]
            [Episodes|All episodes] [drop|arrive] [weekly|at once] on [Friday|Sunday]
            The [show|series] drew [six million|a record] viewers [on launch night|in its first week]
            [The plot twist|The cliffhanger] [sent fans into meltdown|left viewers speechless]
            [Filming|Production] for the next [series|season] begins [in spring|next year]
            [Critics|Reviewers] [gave it|awarded it] [five stars|top marks]
            [Subscribers|Viewers] can [watch|stream] it [without ads|for a lower price]
            """
        ),
        lines(
            """
            TV and streaming
            what's on telly
            box sets and series
            reality TV
            new shows to binge
            """
        ),
        {
            "show": lines(
                """
                Harbour Lights
                The Fenwick Files
                Bake It Big
                Cold Case Kestrow
                Island Love
                The Long Con
                Shadow Ministers
                """
            )
        },
        ("film", "music"),
    ),
    NewsTopic(
        "food",
        "Food and recipes",
        "Life",
        0.4,
        0.5,
        lines(
            """
            [Quick|Easy|One-pot] [weeknight dinners|traybakes|pasta dishes] [for busy families|under 30 minutes]
            [Chef|Cook] {person}'s [secret|trick] for [perfect roast potatoes|crispy tofu|a flaky pie crust]
            [Best|Cheapest] [supermarket mince pies|olive oils|ready meals] [taste-tested|ranked]
            [Restaurant|Bakery] in {city} [wins|loses] [its star|top award]
            [Seasonal|Spring] recipes: [what to do with|make the most of] [rhubarb|asparagus|wild garlic]
            [Fermenting|Pickling|Batch cooking] for beginners: [a simple guide|where to start]
            [Street food|Night] market [opens|returns] in {city} [with 40 stalls|this weekend]
            [Five-ingredient|Budget] [suppers|lunches] that [cost under €3|feed a crowd]
            [Chocolate|Coffee|Olive oil] prices [soar|fall] after [poor harvest|bumper crop]
            [Michelin|Top] [chef|cook] {person} [opens|closes] [bistro|restaurant] in {city}
            [Cheese|Bread|Wine] [guide|tasting]: [what to buy|our favourites] for [spring|the holidays]
            """
        ),
        lines(
            """
            [Serves four|Makes twelve] and [freezes well|keeps for three days]
            [Roast|Simmer] until [golden|tender], then [finish with herbs|season to taste]
            Our [panel|testers] [tasted|tried] [fourteen|twenty] [brands|versions] blind
            [The chef|The owner] [trained|worked] in [Lyon|Tokyo|Naples] before opening
            Use [whatever is in season|leftover vegetables] to keep costs down
            [Toast|Blister] the [spices|tomatoes] first for a [deeper|richer] flavour
            [Stalls|Kitchens] serve [dumplings|tacos|curries] from [noon|5pm] until late
            [Growers|Producers] blamed [drought|floods] for the [shortage|price rise]
            [Leftovers|Scraps] can be [frozen|turned into stock] for another meal
            [Diners|Critics] [praised|raved about] the [tasting menu|bread]
            """
        ),
        lines(
            """
            food and recipes
            cooking
            restaurants and eating out
            what to make for dinner
            baking and recipes
            """
        ),
        {},
        ("travel", "fitness", "home_garden"),
    ),
    NewsTopic(
        "travel",
        "Travel",
        "Life",
        0.3,
        0.4,
        lines(
            """
            [Hidden|Underrated] [beaches|villages|islands] in {country} [you have never heard of|to visit this summer]
            [Airline|Airport] [strikes|delays|chaos]: [your rights|what to do if your flight is cancelled]
            [48 hours|A weekend] in {city}: [where to eat, sleep and explore|a local's guide]
            [Night trains|Rail passes] [return|make a comeback] [across the continent|between capitals]
            [Passport|Visa] rules change for trips to {country}: [what you need to know|check before you fly]
            [Best|Budget] [city breaks|hiking holidays|road trips] for [2026|families|solo travellers]
            [Ski|Beach] resort [prices|crowds]: [where to go instead|best value this year]
            [Overtourism|Crowds]: [city|island] [caps|charges] day-trippers in {country}
            [Car-free|Walking] holidays: [five|ten] routes [through|across] {country}
            [Airline|Ferry] [launches|cuts] routes from {city} to [the islands|the coast]
            [Travel insurance|Roaming charges]: [what to check|traps to avoid] before you go
            """
        ),
        lines(
            """
            [Book|Travel] [early|off-season] for the [best fares|quietest beaches]
            [Passengers|Travellers] are entitled to [a refund|compensation] if [delayed|cancelled] for more than [three hours|a day]
            [Stay|Eat] in the old town and [walk everywhere|take the ferry]
            The [sleeper|route] [takes|runs] [twelve hours|overnight] and [beats|rivals] flying on comfort
            [Locals|Our writer] recommend [the harbour|the market|the cliffs] at sunrise
            [Entry fees|Tourist taxes] of [€5|€10] a day [come into force|start] in [spring|June]
            [Hike|Walk] from village to village with [bags moved for you|a local guide]
            The [new route|service] runs [twice weekly|daily] from [April|the summer]
            [Beaches|Old towns] are [quieter|cheaper] in [May|September]
            """
        ),
        lines(
            """
            travel
            holidays and trips
            travel tips and destinations
            city breaks
            exploring new places
            """
        ),
        {},
        ("food", "archaeology"),
    ),
    NewsTopic(
        "home_garden",
        "Home and garden",
        "Life",
        0.1,
        0.3,
        lines(
            """
            [Jobs|What to do] in the garden this [weekend|month|spring]
            [How to|Easy ways to] [insulate|declutter|brighten] [a rented flat|your home|a small bedroom] [on a budget|for less]
            [Houseplants|Lawns] [that thrive on neglect|without chemicals]: [a guide|expert tips]
            [Interior|Garden] [trends|designers] for 2026: [bold colours|rewilding|curved furniture]
            [Best|Cheapest] [paint|tools|garden furniture] [tested|ranked] by [our experts|readers]
            [Small garden|Balcony] ideas [that make a big difference|for under €100]
            [Heat pumps|Solar panels] at home: [what it really costs|a year on]
            [Mould|Condensation] in winter: [causes|how to stop it]
            [Best|Easy] [shrubs|climbers|perennials] for [shade|clay soil|pollinators]
            [Renovation|Extension] nightmares: readers share [lessons|horror stories]
            """
        ),
        lines(
            """
            [Prune|Sow|Plant] [roses|tomatoes|bulbs] [now|before the frost] for [a better crop|colour later]
            [Draught excluders|Thermal curtains] can [cut|trim] heating bills [noticeably|by a tenth]
            Let [a corner|part of the lawn] grow wild for [bees|butterflies|hedgehogs]
            [Designers|Experts] suggest [one bold wall|layered lighting] to [transform|warm up] a room
            [Open windows|Run the extractor] [after showers|while cooking] to cut damp
            [Pots|Troughs] of [herbs|lavender] bring [scent|colour] to a small space
            [Installers|Builders] [quoted|charged] [€9,000|€12,000] on average
            [Feed|Water] [little and often|deeply once a week] in dry spells
            """
        ),
        lines(
            """
            home and garden
            gardening
            interiors and DIY
            making the most of my home
            """
        ),
        {},
        ("food", "wildlife", "housing"),
    ),
    NewsTopic(
        "energy",
        "Energy and climate",
        "Environment",
        0.2,
        0.1,
        lines(
            """
            [Wind|Solar] [power|farms] [supply|generate] a record share of [electricity|the grid] in {month}
            [Emissions|Carbon output] [fall|rise] for the [first time|third year] as [coal plants close|demand rebounds]
            [Climate summit|Negotiators] in {city} [agree|fail to agree] on [a fossil fuel phase-out|finance for poorer nations]
            [Heat pump|Electric car] sales [surge|stall] as [grants|prices] [change|fall]
            [Battery|Hydrogen|Nuclear] plant [approved|scrapped|opens] in {country}
            [Oil|Energy] companies [profits|windfall] spark calls for [tax|new levies]
            [Offshore wind|Solar] [auction|tender] [attracts|fails to attract] [record bids|investors]
            [Coal|Gas] [plant|mine] [closes|reopens] in {country}, [ending an era|sparking protests]
            [Glaciers|Sea ice] [shrink|melt] at record pace, [scientists report|satellites show]
            [Electric car|Charging point] [sales|rollout] [overtake|lags] [diesel|targets] in {country}
            [Insulation|Retrofit] grants [expanded|cut] for [older homes|low-income families]
            """
        ),
        lines(
            """
            [Campaigners|Scientists] said the [pledge|deal] [does not go far enough|is a turning point]
            The [project|plant] will power [half a million|200,000] homes [when completed|by 2030]
            [Households|Drivers] can claim [grants|discounts] of up to [€5,000|€7,500]
            [Grid operators|Engineers] warn [storage|cables] must be built faster
            Global temperatures were [1.5|1.3] degrees above pre-industrial levels
            [Turbines|Panels] will [cover|stretch across] an area the size of [a small town|several football pitches]
            [Workers|Miners] [were promised|fear for] [new jobs|their pensions]
            [Meltwater|Sea levels] [threaten|could affect] [coastal cities|millions of people]
            [Chargers|Stations] remain [scarce|patchy] in [rural areas|the north]
            """
        ),
        lines(
            """
            climate change and energy
            renewables and the climate crisis
            green energy
            the environment
            electric cars and clean power
            """
        ),
        {},
        ("wildlife", "weather", "markets"),
    ),
    NewsTopic(
        "wildlife",
        "Wildlife and nature",
        "Environment",
        0.1,
        0.5,
        lines(
            """
            [Beavers|Otters|Pine martens|Red kites] [return|spotted|breed] [in|near] {city} for the first time in [a century|decades]
            [Rare|Endangered] [orchid|butterfly|turtle] [found|rescued] [on|near] [a golf course|a motorway verge|a beach]
            [Hedgehog|Bee|Songbird] numbers [plunge|recover], [survey finds|charity says]
            [Rewilding|Tree-planting] project [brings back|restores] [wetlands|ancient woodland]
            [Whale|Dolphin|Seal] [stranded|spotted] [off|in] [the coast|the estuary] [delights|worries] onlookers
            [Photographer|Wildlife camera] captures [fox cubs|a kingfisher|a rare owl] [at play|in flight]
            [Wolves|Lynx|Bison] [reintroduction|return] [divides|delights] [farmers|villagers] in {country}
            [Coral|Seagrass|Kelp] [recovers|dies back] along [the coast|the reef]
            [Swifts|Swallows|Cuckoos] [arrive late|return] as [spring warms|migration shifts]
            [Wildflower|Hedgerow] [verges|corridors] bring back [insects|bees]
            [Seal|Puffin] colony [booms|crashes] on [remote island|the cliffs]
            """
        ),
        lines(
            """
            [Volunteers|Rangers] counted [dozens|hundreds] of [nests|pups|hatchlings]
            [Habitat loss|Pesticides|Warmer winters] are [blamed|thought to be behind] the [decline|change]
            [Experts|Ecologists] urged people to [keep dogs on leads|leave gaps in fences|plant wildflowers]
            The [animal|creature] was [released|returned] to the wild after [treatment|a few days]
            [Camera traps|Drones] [recorded|tracked] the animals [at night|across the valley]
            [Farmers|Fishermen] [fear|report] [losses|damage] to [livestock|nets]
            [Divers|Scientists] [replanted|surveyed] [hectares|miles] of seabed
            [Birdwatchers|Locals] [gathered|flocked] to see the [spectacle|arrivals]
            """
        ),
        lines(
            """
            wildlife and nature
            animals
            conservation
            birds, animals and the countryside
            the natural world
            """
        ),
        {},
        ("energy", "home_garden"),
    ),
    NewsTopic(
        "weather",
        "Weather",
        "Environment",
        0.3,
        0.6,
        lines(
            """
            [Storm|Gale] {storm} to [bring|batter the coast with] [90mph winds|heavy rain|travel disruption]
            [Heatwave|Hot spell]: temperatures [could hit|soar to] [34C|36C|38C] [this weekend|by Tuesday]
            [Snow|Ice] warnings [issued|extended] as [cold snap|Arctic air] [grips|sweeps across] the north
            [Flood|Amber|Red] warnings [in place|issued] for [rivers|towns] near {city}
            [Drought|Hosepipe ban] [declared|looms] after [driest spring|weeks without rain]
            [Weekend|Week ahead] forecast: [sunshine|showers|fog] and [mild|chilly] nights
            [Thunderstorms|Hail] [expected|forecast] [after|to end] the [hot spell|heatwave]
            [Wettest|Sunniest|Coldest] [month|spring] on record for {city}
            [Fog|Black ice] [causes|brings] [crashes|delays] on [motorways|the roads]
            [Pollen|UV] levels [very high|soar] [this week|over the weekend]: [how to cope|advice]
            [Tornado|Waterspout] [spotted|touches down] [off|near] {city}
            """
        ),
        lines(
            """
            [Forecasters|The weather service] [urged|advised] people to [avoid travel|check before setting out]
            [Trains|Ferries] [were cancelled|faced delays] and [roads|bridges] were closed
            [Residents|Homeowners] [were evacuated|moved belongings upstairs] as [water levels rose|the river burst its banks]
            [Drink plenty of water|Check on elderly neighbours] during the [heat|cold]
            [Conditions|Temperatures] should [ease|return to normal] by [midweek|the weekend]
            [Rain gauges|Weather stations] recorded [a month's rain|record totals] in [a day|hours]
            [Gritters|Crews] were out [overnight|all night] on [main roads|hills]
            [Sun cream|Shade] and [water|hats] are [advised|essential] [at midday|for children]
            [Temperatures|Winds] will [drop|ease] [sharply|gradually] [overnight|by Friday]
            """
        ),
        lines(
            """
            the weather
            forecasts and storms
            the weekend forecast
            weather warnings
            """
        ),
        {"storm": ("Agnes", "Bram", "Cora", "Dewi", "Elsa", "Finn", "Gwen", "Hugo")},
        ("energy", "transport"),
    ),
    NewsTopic(
        "transport",
        "Transport and commuting",
        "Local",
        0.2,
        0.3,
        lines(
            """
            [Rail|Bus|Tram] [strike|walkout] [to hit|will halt] services in {city} [next week|on Monday]
            [New|Delayed] [tram line|cycle lane|bypass] in {city} [opens|costs double|finally approved]
            [Fare|Season ticket] [rise|freeze] [announced|confirmed] for [commuters|passengers]
            [Roadworks|Bridge closure] to [cause|bring] [months|weeks] of [delays|gridlock] in {city}
            [Potholes|Speed cameras|Parking charges]: [drivers angry|council under fire] over [slow repairs|new rules]
            [Night buses|Late trains] [scrapped|restored] in {city} after [cuts|campaign]
            [E-scooter|Bike hire] scheme [launches|suspended] in {city}
            [Airport|Station] [expansion|revamp] [approved|delayed] [after years|again]
            [Low-emission|Congestion] zone [extended|challenged] in {city}
            [Level crossing|Signal] [failure|fault] [strands|delays] thousands of commuters
            """
        ),
        lines(
            """
            [Commuters|Passengers] are advised to [work from home|allow extra time]
            The [line|route] will [cut|shorten] journeys by [ten|twenty] minutes
            [Councillors|Campaigners] say the [scheme|plan] is [long overdue|a waste of money]
            A [replacement|shuttle] bus service will run [every 15 minutes|at peak times]
            [Riders|Users] [unlock|pay for] [bikes|scooters] with an app
            [Shift workers|Night staff] say the [cuts|changes] leave them [stranded|paying for taxis]
            [Drivers|Motorists] will pay [€8|€12] a day to enter the zone
            [Engineers|Crews] [fixed|repaired] the fault by [mid-morning|the evening rush]
            """
        ),
        lines(
            """
            local transport news
            my commute, trains and buses
            roads and traffic
            transport
            """
        ),
        {},
        ("housing", "weather"),
    ),
    NewsTopic(
        "housing",
        "Housing",
        "Local",
        0.2,
        0.4,
        lines(
            """
            [Rents|House prices] in {city} [rise|jump|fall] [fastest|most] in [a decade|the region]
            [Plans|Council] for [1,200|500|3,000] new homes [on|near] [old factory site|green belt|the docks] [approved|rejected]
            [Tenants|Renters] [win|face] [new rights|eviction] as [rules change|landlords sell up]
            [Mould|Damp] in [council flats|student housing]: [residents|families] [demand action|take landlord to court]
            [First-time buyers|Young families] [priced out|return] as [mortgage rates|deposits] [fall|soar]
            [Student|Social] housing [shortage|crisis] [deepens|eases] in {city}
            [Short-term lets|Holiday homes] [curbed|capped] to free up homes for locals
            [Tower block|Estate] [regeneration|demolition] plan [sparks anger|approved]
            [Empty|Derelict] [offices|shops] to be turned into [homes|flats] in {city}
            [Rent controls|Deposit rules] [proposed|scrapped]: what [tenants|landlords] need to know
            """
        ),
        lines(
            """
            The [average|typical] [rent|price] is now [€1,450|€310,000] a [month|home]
            [Developers|The council] [promised|pledged] [affordable homes|a new school] as part of the plan
            [Residents|Neighbours] [objected|campaigned] over [traffic|loss of green space]
            [Landlords|Letting agents] say [costs|taxes] have [risen|pushed them out]
            [Waiting lists|Queues] for [council homes|social housing] [top|exceed] [10,000|5,000]
            [Families|Residents] [will be|fear being] moved [during works|for years]
            [Conversions|Projects] could [add|create] [hundreds|2,000] homes by [2028|the end of the decade]
            [Letting agents|Landlord groups] [warned|argued] the rules would [shrink supply|drive up rents]
            """
        ),
        lines(
            """
            housing and renting
            property prices
            local news about homes and planning
            the housing market
            """
        ),
        {},
        ("personal_finance", "transport", "elections"),
    ),
)
NEWS_MONTHS = ("January", "February", "March", "April", "May", "June")


# =============================================================================================
# Social (article §6.3): 25 interest communities; posts, groups and creators
# =============================================================================================


@dataclass(frozen=True)
class SocialTopic:
    id: str
    name: str
    section: str  # the visible ``category`` of items
    appeal: float
    bio: tuple[str, ...]  # bio fragments, oblique ("happiest on a fell at 6am")
    post_titles: tuple[str, ...]
    post_bodies: tuple[str, ...]
    group_names: tuple[str, ...]
    group_about: tuple[str, ...]
    creator_names: tuple[str, ...]
    creator_about: tuple[str, ...]
    related: tuple[str, ...] = ()


SOCIAL_TOPICS: tuple[SocialTopic, ...] = (
    SocialTopic(
        "trail_running",
        "Trail and ultra running",
        "Sport & Fitness",
        0.3,
        lines(
            """
            happiest on a muddy fell at 6am
            ultra miles and blistered toes
            chasing sub-3 and the sunrise
            parkrun volunteer, Saturday 9am sharp
            will run for cake
            training for my first 50k
            hill reps are my therapy
            more kilometres than sense
            """
        ),
        lines(
            """
            [Legs|Quads] still [jelly|ruined] from [Saturday's|Sunday's] 50k
            Race report: [the mud|the heat] [nearly won|almost broke me]
            Which [running vest|hydration pack] for a [100k|mountain ultra]?
            [Headtorch|Head lamp] recommendations for [night sections|a dark finish]?
            Lost a toenail, gained a [buckle|finisher's medal]
            [Sunrise|Golden hour] from the [ridge|col] at [5am|dawn]
            [Achilles|Calf] [niggle|twinge]: rest or [push through|see a physio]?
            DNF at [mile 62|the third checkpoint], [gutted|heartbroken] but wiser
            Drop bag [essentials|checklist] for [{month}'s|next month's] hundred
            Fell race debut: [bog to my knees|peat to the waist]
            Bonked [hard|spectacularly] at the [final|penultimate] aid station
            [Lugs|Grip] worn [smooth|flat] on my [Speedgoats|fell shoes]
            First [skyrace|vertical kilometre] entry [confirmed|booked]!
            Got through the [entry lottery|ballot] [at last|this year]!
            Pacing my [mate|sister] through [the night leg|her first 100-miler]
            Bombed the [scree run|technical downhill] and kept [my ankles|all my skin]
            Chafe [report|update]: nobody warned me
            Recce of the [course|route] in [thick clag|sideways rain]
            [Back-to-back|Double] long [outings|efforts] this weekend
            Taper madness has [set in|begun]
            [Cut-offs|Cutoff times] for a [50-miler|mountain marathon] worrying me
            [Trekking poles|Collapsible poles]: cheating or sensible on [steep ground|big climbs]?
            Training block [week 9|week 12] [done|complete], {month} looming
            Anyone else do [canicross|trails with a dog]?
            Midnight [trig point|summit] dash under a full moon
            [Salt tabs|Electrolytes] or [crisps|salted potatoes] when fuelling?
            Parkrun [PB|personal best] on tired legs
            [Rolled|Turned] an ankle on a tree root, [still finished|hobbled home]
            """
        ),
        lines(
            """
            [Negative splits|Even pacing] all the way and no walking on the hills
            Fuelled on [gels and flat cola|peanut butter wraps] and [pure stubbornness|good company]
            [Thirty-two|Forty] [kilometres|miles] with [1,200|2,000] metres of [ascent|vert]
            Power-hiked every incline and [jogged|shuffled] the runnable [sections|bits]
            Volunteers handing out [boiled potatoes|jam sandwiches] are [saints|angels]
            Stairs are [impossible|a nightmare] today and I regret nothing
            [Heart rate|Zone two] training is [boring|humbling] but it is paying off
            Kept my [feet|socks] dry for about ten minutes
            Vaseline [everywhere|on everything] next time, lesson learned
            The [fog|cloud] lifted just as I crested the [top|final hill]
            [Sixty|Seventy] [kilometre|mile] weeks [feel|are feeling] sustainable now
            Ice bath, [foam roller|massage gun] and a [mountain|heap] of [pasta|chips]
            [Batteries|Torch] died at [2am|3am], so I stumbled along in the dark
            [Cramp|Cramping] hit [late on|near the end] but I limped over the line
            [Compulsory|Mandatory] kit check took longer than my warm-up
            Blisters [taped|strapped] and [lube|anti-chafe] applied, ready for round two
            [Coach|My physio] says more [strength work|single-leg squats] and fewer junk [miles|kilometres]
            [Descending|Downhill] confidence finally [clicking|coming together] after a season of practice
            [Sheep|Cows] guarded the stile for a good five minutes
            My watch [says|suggests] I [walked|crawled] the [closing|final] ten [k|kilometres]
            [Bog|Peat] swallowed my [left|right] shoe at least twice
            Recovery [week|fortnight] now, then building [back up|again] for {month}
            Sweeper caught me [at halfway|on the summit], very character building
            [Dawn|Daybreak] from the [trig|cairn] made the [4am|pre-dawn] alarm worth it
            Hydration [sorted|nailed]: [500ml|half a litre] an hour plus [tailwind|electrolyte drink]
            [Rocky|Rooty] singletrack for [miles|hours] and my [ankles|knees] [survived|held up]
            Heading out [tomorrow|next weekend] to [scout|check] the [second half|back section]
            Strava says [personal record|course record for my age group], [beaming|grinning] ear to ear
            """
        ),
        lines(
            """
            {city} [Trail|Fell] Runners
            Sunday Long Run Club
            [Ultra|Mountain] Running Chat
            Muddy Trainers Collective
            Back of the Pack [Ultra|Trail] Crew
            {city} [Women's|Ladies'] Trail Running
            After-Work [Hill|Headtorch] Runners
            [First Ultra|Couch to Ultra] Support Group
            Fell and Bog [Society|Appreciation Club]
            The Vert Club [{city}|of {country}]
            [Skyrunning|Skyrace] {country}
            Runners Who [Stop for Cake|Walk the Hills]
            """
        ),
        lines(
            """
            [Weekly|Friendly] group runs on [the hills|local trails], all paces welcome
            Share [race reports|routes|kit questions] and cheer each other on
            For anyone [training for|dreaming about] their first [ultra|marathon]
            Headtorch runs every [Tuesday|Thursday] evening from the pub, no one left behind
            We recce race routes together and share lifts to the start line
            A place to [swap|sell] second-hand shoes and find lift-shares to races
            Beginners welcome: we walk the ups and natter on the downs
            [Monthly|Seasonal] social runs ending at a café with [cake|bacon rolls]
            Support and encouragement for women taking on mountain [races|ultras]
            Injury-free banter not guaranteed, but [physio tips|foam rolling advice] are
            Organising [training weekends|race trips] in {country} and beyond
            Skyrunning, [fell racing|vertical kilometres] and steep ground addicts of {city}
            """
        ),
        lines(
            """
            {first} Runs [Far|the Fells]
            The Muddy Miler
            [Ridge|Trail] Notes with {first} {last}
            Back of the Pack Podcast
            [Vert|Vertical] Junkie
            Ultra Shuffle with {first}
            Bog Trotter [Diaries|TV]
            The Aid Station [Podcast|Pod]
            {last} Goes Long
            [Hundred|100] Mile Mindset
            Lost Toenails Club
            Dawn Patrol [Trails|Running]
            """
        ),
        lines(
            """
            [Coach|Ultra runner] sharing [training plans|race diaries|gear reviews]
            [Weekly|Daily] videos from [mountain races|training camps] around the world
            [Running|Racing] [200|100]-milers and [talking about it|writing about the pain]
            Mum of two collecting hundred-mile buckles [in {country}|between school runs]
            Physio explaining running injuries and how to come back stronger
            Slow runner proving that finishing [is winning|counts]
            [Interviews|Chats] with [race directors|back-of-the-pack heroes] and [sports scientists|coaches]
            Honest [shoe|kit] reviews after five hundred [miles|kilometres] of abuse
            Filming [race-day|training] vlogs from the fells of {country}
            Former road marathoner [lost|converted] to the mountains
            Nutrition [geek|nerd] testing [gels|race food] so you do not have to
            """
        ),
        ("climbing", "hiking_wild", "cycling", "weightlifting"),
    ),
    SocialTopic(
        "climbing",
        "Climbing and bouldering",
        "Outdoors",
        0.0,
        lines(
            """
            chalk on everything I own
            projecting a V6 since January
            crag rat at weekends
            finger strength > life choices
            happiest halfway up a wall
            belay partner wanted
            sending it, occasionally
            """
        ),
        lines(
            """
            [Finally|At last] sent my [project|first V5|first 7a]!
            Beta needed for the [overhang|roof problem] at {city} wall
            [Tweaked|Popped] a pulley: how long to rest it?
            Resole or replace? [Rubber|Rand] worn through on my [slippers|Solutions]
            [Trip|Weekend] to the [sea cliffs|limestone crags] in {month}
            First lead fall [caught on camera|taken cleanly]
            [Flash|Onsight] of the [day|week], still buzzing
            Heel hook [or toe hook|versus kneebar] for this sequence?
            [Crash pad|Bouldering mat] stacking for a highball
            [Skin|Fingertips] [shredded|in tatters] after two sessions in a row
            [New set|Reset] at the [gym|centre] is sandbagged
            Learning to [place gear|build anchors] with a mentor
            Multi-pitch epic: [abseiled|rappelled] off in the dark
            [Dyno|Deadpoint] finally stuck after [forty|fifty] [goes|attempts]
            Is this grade soft or am I just weak?
            Belay [glasses|specs]: game changer or gimmick?
            [Top-out|Mantle] [terror|panic] on [gritstone|sandstone]
            [Chalk bag|Brush] collection is getting out of hand
            [Comp|Competition] [crimps|slopers] this weekend
            Quickdraws [left|stuck] on the bolts overnight
            [Auto-belay|Top-rope] nerves, or just me?
            [Fontainebleau|Font] tick list for [beginners|mid-grade boulderers]
            Hangboard [protocol|routine] that genuinely helped
            When is it time to retire a [rope|dynamic rope]?
            Pumped out [three|two] moves from the lower-off
            Rest day [antagonist|shoulder] work, [tedious|necessary] but vital
            """
        ),
        lines(
            """
            [Forty|Twelve] sessions and [the crux|that heel hook] finally [went|clicked]
            [Rock|Friction] was [perfect|greasy] and the [crag|wall] was [quiet|packed]
            Looking for a partner to [second|climb] with on [weekday evenings|Saturdays]
            [Forearms|Arms] were [solid concrete|totally pumped] by the [third|fourth] clip
            [Toes|Feet] [screaming|throbbing] in [aggressive|downturned] shoes, no regrets
            [Tape|Strapping] on both ring fingers and [somehow|yet] still peeling
            [Conditions|Temps] were crisp and the holds felt [sticky|grippy]
            Spotter protected my [head|back] when I tumbled from the lip
            Clipped the chains [shaking|trembling] and got lowered grinning
            [Weather|Rain] rolled in just as we racked up
            Two [nuts|cams] and a sling [abandoned|left behind] on the [second|upper] pitch
            [Route setters|Setters] [clearly|obviously] have it in for short people
            Campus board [twice|three times] a week, tendons coping so far
            Shoulders [aching|wrecked] from endless [gastons|undercuts] and underclings
            Stood on a [smear|tiny edge] and committed to it, [heart|pulse] racing
            [Belayer|My partner] gave the softest catch, [proper|total] [legend|hero]
            Bolted [lines|routes] on [limestone|granite] [tufas|pockets] all day
            [Ticked|Logged] [six|eight] [problems|boulders] from the guidebook before lunch
            [Jugs|Buckets] all the way to the finish, pure joy
            [Flapper|Split tip] on my [index|middle] finger, superglue to the rescue
            Footage of my [attempt|go] shows [terrible|sloppy] footwork, humbling
            Next [session|visit] is all about [drop knees|flagging|body tension]
            Numbers do not matter, the movement felt [beautiful|lovely]
            [Approach|Walk-in] took [an hour|ninety minutes] with [pads|the rack] on our backs
            [Wind|Breeze] dried out the seepage by [mid-morning|noon]
            [Knots|Figure-eights] double-checked, then [off we went|up I went]
            """
        ),
        lines(
            """
            {city} [Boulderers|Climbing Collective]
            [Women's|Beginners'] Climbing Night
            [Sport|Trad] Climbing Partners {country}
            Chalk and Chips [Social|Club]
            {city} Crag Rats
            Inclusive Climbing {city}
            Lunchtime Bouldering Crew
            Vertical Veterans (over 40s)
            Grit and Limestone Meetups
            Multi-Pitch Mentoring [Scheme|Network]
            Project Support Group (We Never Send)
            {country} Bouldering Road Trips
            """
        ),
        lines(
            """
            Find [belay partners|climbing buddies] and [share beta|plan trips]
            [Weekly|Monthly] meet-ups at the [wall|crag], all grades welcome
            For [boulderers|rope climbers] of every level
            Carpooling to outdoor crags every [weekend|fortnight] from {city}
            Learn to lead safely with experienced mentors, [helmets|ropes] provided
            Post your project videos and get beta from [friendly|kind] strangers
            Evening sessions, then [pizza|a pint] and arguments about grades
            A welcoming space for women and non-binary climbers to try hard together
            Swapping [guidebooks|crash pads] and buying second-hand gear safely
            Trad skills, rope work and [self-rescue|anchor building] practice days
            Fingers taped, egos left at the door
            Road trips to {country} and beyond for [rock|sun] seekers
            """
        ),
        lines(
            """
            {first} on the Rock
            [Crimp|Send] Diaries
            [Vertical|Overhang] with {first} {last}
            The Beta Spray [Podcast|Show]
            Chalk Dust [Chronicles|Radio]
            Pulley Doctor
            Slab Queen {first}
            {last} Bolts It
            Dirtbag [Van|Road Trip] Life
            Gumby to Gritstone
            Highball Hour
            Tiny Crimps TV
            """
        ),
        lines(
            """
            Filming [hard|first] ascents and [training videos|technique breakdowns]
            [Pro climber|Route setter] sharing [tips|projects] from [the wall|the crag]
            Hand therapist explaining finger injuries and [rehab|recovery] plans
            Living in a van and chasing dry rock across {country}
            Late-starting boulderer documenting progress from V0 upwards
            Equipping new routes and updating guidebooks for {country}
            Podcast interviews with setters, coaches and first ascensionists
            Strength coach reviewing hangboards, grip protocols and shoes
            Slab specialist with calm footwork tutorials for nervous [leaders|beginners]
            Trad climber placing gear on [sea cliffs|mountain crags] and talking through every decision
            """
        ),
        ("trail_running", "hiking_wild", "weightlifting"),
    ),
    SocialTopic(
        "cycling",
        "Cycling",
        "Sport & Fitness",
        0.1,
        lines(
            """
            happiest on two wheels
            café stops and climbs
            commute by bike, rain or shine
            gravel grinder at weekends
            shaved legs, no regrets
            n+1 is the correct number of bikes
            chasing KOMs I will never get
            """
        ),
        lines(
            """
            [Century|Sportive] done: [100 miles|160 km] in the sun!
            Gravel [loop|route] ideas near {city}?
            Puncture [drama|disaster] on the commute
            [New|Upgraded] [wheels|groupset] day!
            Club run this [Sunday|Saturday], who is in?
            Spat out the back on the opening climb
            [Chainring|Cassette] wear: how much mileage is normal?
            [Bikepacking|Audax] setup for a [three-day|week-long] trip
            [Clipless|Cleat] fall at the lights, in front of everyone
            [Turbo|Indoor trainer] season is back, send help
            Hairpins galore on the [col|pass] this morning
            [Lycra|Bib shorts] tan lines reaching new levels
            [Peloton|Bunch] etiquette for a nervous [newbie|beginner]
            [Derailleur|Gears] skipping after a [crash|knock]
            Chaingang [carnage|chaos] last night
            [Steel|Titanium|Carbon] frame: does it matter?
            Commuting in a [downpour|hailstorm], [mudguards|fenders] saved me
            [FTP|Threshold] test done, [humbled|pleasantly surprised]
            [Velodrome|Track] taster session booked!
            [Cyclocross|CX] season opener in {month}
            [Saddle|Seat] sores: chamois cream recommendations?
            Snapped a spoke [forty miles|sixty kilometres] from home
            Hill climb [TT|time trial] [entry|result] posted
            Bike fit [transformed|fixed] my [knees|lower back]
            Tandem [adventures|holiday] with my [partner|dad]
            Gran fondo in {country}: worth travelling for?
            """
        ),
        lines(
            """
            [Averaged|Held] [28|31] km/h and never unclipped on a ramp
            [Cake|Coffee] stop at the halfway point was [well earned|essential]
            [Tubeless|Disc brakes] [changed everything|were worth every penny]
            [Headwind|Crosswind] the whole way home, [legs|lungs] burning
            Sat on a wheel all morning and barely hung on
            Tyre pressure lowered to [35|40] psi and the chunder felt buttery
            Cadence [steady|high] around ninety rpm, twiddling up [every|each] gradient
            Selfie at the top, then a [freezing|screaming] descent with numb fingers
            [Degreased|Oiled] the drivetrain and [it|everything] runs [silently|like new]
            [Bonked|Hit the wall] [twenty|thirty] km out and raided a petrol station
            [Potholes|Gravel on the corners] kept [everyone|the group] alert
            Taking turns on the front in [a paceline|an echelon] is addictive
            [Overshoes|Winter gloves] and [three|four] layers, still frozen toes
            [Garmin|Bike computer] [died|froze] so [the ride|it] never happened
            [Spare tube|Multitool] and [tyre levers|CO2] earned their place
            Watts per kilo creeping up steadily after a base block
            [Flapjack|Malt loaf] in the jersey pocket got me home
            [Lorries|Vans] overtaking far too close, footage sent to police
            [Quiet|Single-track] lanes bordered with [hedgerows|cow parsley] for hours
            [Bottles|Bidons] [empty|drained] by [lunchtime|noon], refilled at a churchyard tap
            Shifting crisp after fiddling with the barrel adjuster
            [Town sign|Sprint] lost by a tyre width, bragging rights gone
            [Panniers|Frame bags] loaded and bolts [checked|tightened] for [tomorrow|the morning]
            Touched [twenty|eighteen] percent near the summit, zigzagged shamelessly
            [2,000|1,600] metres of elevation [uploaded|logged], thighs cooked
            [Mechanic|Bike shop] sorted it [same day|in an hour], absolute heroes
            """
        ),
        lines(
            """
            {city} [Wheelers|Cycling Club]
            [Gravel|Bikepacking] Adventures {country}
            [Bike|Cycle] Commuters of {city}
            Slow Spokes Social [Ride|Club]
            [Women's|Ladies'] Road Club {city}
            The Café Racers
            Sunday [No-Drop|Social] [Spin|Pootle]
            Audax and Long-Distance Randonneurs
            Tandem Riders [Network|Club]
            Turbo Trainer [Support Group|Sufferers]
            [Lunch Loop|After-Work Chaingang] {city}
            Mud and Cyclocross [Crew|Collective]
            """
        ),
        lines(
            """
            [Weekly|No-drop] [group rides|club runs] from the [station|market square]
            Share [routes|bike fixes|kit deals] and [ride reports|photos]
            For [commuters|racers|tourers] of all speeds
            Nobody gets left behind; we regroup at the top of every hill
            [Tuesday|Wednesday] evening chaingang for riders who enjoy suffering
            Free [maintenance workshops|puncture repair sessions] for beginners every month
            Campaigning for safer [junctions|cycle lanes] in {city}
            Overnighters and multi-day tours with [panniers|frame bags] and [tents|bivvy bags]
            Swap second-hand frames, [components|parts] and [clothing|kit]
            Relaxed [weekend|Sunday] pootles with a long café stop in the middle
            Racing [crits|road races], time trials and [hill climbs|cyclocross] across {country}
            Indoor training [leaderboards|group workouts] to get through the winter
            """
        ),
        lines(
            """
            {first} on Two Wheels
            The [Gravel|Climbing] Diaries
            [Wheel|Saddle] Talk with {first} {last}
            Spoke and [Spanner|Sprocket]
            The Gruppetto [Podcast|Pod]
            Chainstay Chronicles
            {last} Pedals [North|{country}]
            Col Collector
            Puncture Proof [TV|Workshop]
            Bidon and [Brew|Bun]
            Lanterne Rouge Radio
            Fixie {first}
            """
        ),
        lines(
            """
            [Bike reviews|Route guides] and [maintenance tips|race analysis]
            [Former pro|Bike mechanic] sharing [workshop|training] videos
            Riding every mountain pass in {country} and ranking them
            [Commuter|Urban rider] reviewing lights, locks and [waterproofs|panniers]
            Racing commentary and [grand tour|spring classics] chat every week
            [Frame builder|Wheel builder] showing the craft step by step
            Bikepacker crossing {country} with [a tent|too much luggage]
            Slow rider proving you do not need [Lycra|a carbon bike] to love it
            Coach breaking down power zones, intervals and fuelling
            Retired randonneur with tales of [600 km|overnight] brevets
            """
        ),
        ("trail_running", "travel_backpacking"),
    ),
    SocialTopic(
        "hiking_wild",
        "Hiking and wild places",
        "Outdoors",
        0.2,
        lines(
            """
            summit bagger
            map, compass and a flask of tea
            happiest above the treeline
            wild camper, leave no trace
            collecting mountains, one at a time
            walking the long way round
            bothy nights and misty ridges
            """
        ),
        lines(
            """
            [Cloud inversion|Sunrise] from the summit this morning
            [Wild camp|Bothy night] by the [lochan|tarn] [under the stars|in a gale]
            Quiet [ridges|routes] near {city} for a [Saturday|weekend]?
            [Boots|Waterproofs] that genuinely keep you dry?
            [Completed|Ticked off] [the round|my 50th peak]!
            Grade one scramble up the [arête|knife-edge] at last
            [Tent|Shelter] flattened in [horizontal rain|a howling wind]
            [Munro|Wainwright] number [100|150] bagged
            [Blisters|Hot spots] already: tape or keep going?
            River crossing after [snowmelt|heavy rain]: turned back
            [Coast-to-coast|Long-distance] path, [day 6|week two] check-in
            [Bivvy|Hammock] beneath the Milky Way
            [Ice axe|Crampon] course before [winter|the snow] arrives
            Trig pillar collection [growing|complete]
            [Dehydrated|Freeze-dried] meals ranked, brutally
            [Ptarmigan|Golden eagle] [sighting|encounter] on the tops
            Misplaced the trail in a whiteout
            Peat hag hopping [season has|championships have] begun
            [Ultralight|Lightweight] kit shakedown wanted
            First light across the [corrie|cirque]
            Horseshoe traverse in [perfect visibility|blazing sunshine]
            Midges [ate me alive|were biblical] at camp
            [OS map|Paper map] or GPS [app|unit]?
            [Waymarked|National] trail logistics for {month}
            Hut-to-hut trek in {country} booked
            [Trekking poles|Gaiters] converted me
            """
        ),
        lines(
            """
            [Eighteen|Twenty-five] [kilometres|miles] and [1,000|1,400] metres of [ascent|height gain]
            Navigation in the [clag|mist] was [tense|interesting]
            [Saw|Spotted] [deer|mountain hares] on the way down
            Pack weight down to [eight|ten] kilos with food
            [Flask|Thermos] of [tea|soup] at the cairn tasted like heaven
            Followed a compass bearing across the [plateau|moor] when the view vanished
            Huddled behind a [drystone wall|boulder] for lunch out of the gusts
            Carried out every scrap of litter, leave no trace
            Filtered [a litre|two litres] from a [beck|burn], ice-cold and delicious
            [Sleeping bag|Quilt] rated to [minus five|zero] and I was still shivering
            [Heather|Bracken] up to our [knees|waists] on the descent
            Not another soul [all day|for hours], just [ravens|skylarks] and silence
            [Bothy|Mountain hut] stove roaring and [strangers|fellow walkers] swapping [whisky|stories]
            [Top|Dome] wrapped in cloud, photos another time
            Tent pegs survived [fifty|sixty] mph gusts overnight
            [Bus|Train] from the [trailhead|far end] connected like clockwork
            [Wet|Soggy] socks for three days and not bothered
            [Contours|Contour lines] squeezed tight promised a brutal slog
            Sunset painted the [crags|hillside] [pink|orange] before darkness fell
            [Porridge|Coffee] brewing at daybreak with a [misty|frosty] [valley|glen] below
            Snow [patches|cornices] still lingering on the northern slopes
            Knees protested all the way off the hill, [poles|sticks] from now on
            Discovered a hidden pool [off the path|nobody mentions] and [swam|dipped]
            Map [soggy|shredded] but readable, [laminate|map case] on order
            [Stile|Gate] after [stile|gate], then open moorland all afternoon
            Ten hours out, [nine|eight] of them grinning
            """
        ),
        lines(
            """
            {city} Hillwalkers
            [Wild Camping|Long Distance Walkers] Network
            [Mountain|Fell] Walking Meetups
            Bothy Dwellers
            {country} Summit Baggers
            [Women|Ladies] Who Hike {city}
            Midweek Moorland Ramblers
            Ultralight [Backpacking|Packers] {country}
            Peat Bog Appreciation Society
            [Over 50s|Silver] Hill [Walkers|Wanderers]
            Tea at the Top Club
            [Winter|Snow] Skills Walking Group
            """
        ),
        lines(
            """
            [Group walks|Meet-ups] [every weekend|once a month], all abilities
            Share [routes|trip reports|gear tips] and plan adventures
            For people who love [the hills|wild places] and [leave no trace|respect the land]
            Car shares from {city} to the [national park|mountains] every Saturday
            Learn map and compass with patient volunteers, no experience needed
            [Monthly|Regular] overnight wild camps for [beginners|first-timers], spare kit to borrow
            [Slow|Gentle] rambles with [plenty of|long] stops for flasks and biscuits
            Tracking progress on summit lists and celebrating every completion
            [Conservation|Path repair] volunteering days alongside the walks
            Planning [long-distance|multi-day] treks across {country}
            A friendly bunch for anyone new to {city} who wants to get outside
            """
        ),
        lines(
            """
            {first} in the Hills
            [Peak|Summit] Stories
            [Trail|Ridge] Diaries of {first} {last}
            Bothy [Bound|Tales]
            Bog Standard Hiking
            The Wandering {last} [Family|Household]
            Contour Lines [Podcast|Blog]
            Two Boots [and a Flask|One Map]
            Cairn to Cairn
            Wild Camp with {first}
            Slow [Miles|Wandering] Journal
            Beyond the [Trig|Treeline]
            """
        ),
        lines(
            """
            [Route guides|Trip reports] and [mountain|wild camping] films
            [Mountain leader|Walker] sharing [navigation tips|long-distance trails]
            Solo female [hiker|walker] documenting wild camps across {country}
            [Gear tester|Kit reviewer] sleeping out in all weathers
            Retired teacher slowly ticking off every summit in {country}
            Photographer chasing inversions and alpenglow on the high ground
            Family walks with [two kids|a toddler] and [a spaniel|a muddy dog]
            Podcast about [mountain history|the people of the hills] and old drove roads
            Ultralight obsessive weighing every gram so you do not have to
            [Countryside|Access] ranger sharing [rights of way|responsible camping] guidance
            """
        ),
        ("trail_running", "climbing", "photography", "birdwatching"),
    ),
    SocialTopic(
        "sourdough",
        "Home baking",
        "Food & Drink",
        0.2,
        lines(
            """
            my starter is older than my relationship
            flour on every surface
            weekend loaf obsessive
            will bake for compliments
            chasing the perfect open crumb
            cinnamon buns on Sundays
            """
        ),
        lines(
            """
            First loaf with a proper ear!
            [Starter|Levain] [not rising|too runny]: help!
            [Croissant|Brioche] attempt number [three|seven]
            Crumb shot of today's [bake|boule]
            [Birthday|Wedding] cake [commission|disaster] [done|saved]
            [Focaccia|Fougasse] dimpling [party|experiments]
            Bagels boiled, seeded and baked
            [Banneton|Proving basket] stuck: rice flour to the rescue?
            [Lame|Razor] scoring [pattern|design] practice
            Soggy bottom [report|confession]
            [Victoria sponge|Lemon drizzle] for the [village fete|bake sale]
            Rye experiment: dense but [delicious|tasty]
            [Shortcrust|Sweet pastry] shrinking in the tin
            [Tangzhong|Milk] bread, pillowy success
            Cinnamon [buns|swirls] Sunday
            [Macarons|Choux buns] [cracked|collapsed] again
            [Gingerbread|Biscuit] house engineering underway
            [Discard|Leftover starter] [crumpets|crackers|pancakes]
            [Stollen|Panettone] proving for [three days|forty-eight hours]
            Named my [jar of wild yeast|levain] [Doughlores|Clint Yeastwood]
            [Wholemeal|Spelt] [tin loaf|sandwich loaf] for the week
            [Mirror glaze|Buttercream drip] [practice|disaster]
            [Pastel de nata|Custard tart] copycat attempt
            Stand mixer or kneading by hand?
            Oven spring [like never before|was unreal]
            [Showstopper|Technical challenge] recreated at home
            [Pain au chocolat|Kouign-amann] layers reveal
            """
        ),
        lines(
            """
            [78%|82%] hydration, cold retard overnight and a [hot|screaming hot] Dutch oven
            Lamination is still my [nemesis|weak spot]
            [Recipe|Method] in the comments if anyone wants it
            [Kitchen|Flat] smells [amazing|like a bakery] right now
            [Stretch and folds|Coil folds] every half hour until bedtime
            Butter was too warm and seeped out everywhere
            Fed the [culture|mother] at [10pm|midnight] and it doubled by breakfast
            Windowpane test passed after [ten|fifteen] minutes of [kneading|slapping]
            Bulk fermentation ran long because the house was chilly
            Ice cubes on a [preheated|scorching] tray for that [crackly|blistered] crust
            Tiny bubbles all over, crackling as it cooled on the rack
            [Overproofed|Underproofed] slightly, [pancake|flying crust] yet still edible
            [Flour|Semolina] on every surface, [partner|housemate] unimpressed
            Sliced it [warm|too early] despite everyone saying wait
            [Crème pat|Pastry cream] thickened beautifully this time
            [Springform|Cake tin] greased properly and [nonetheless|somehow] welded on
            [Neighbours|Colleagues] got the spare and came back [for more|asking how]
            Digital scales and a [thermometer|probe] improved my bakes no end
            [Einkorn|Emmer] from a local mill makes such a difference
            Skewer came out clean after [forty|thirty-five] minutes, golden and level
            [Icing|Caster] sugar absolutely everywhere, including [the cat|my eyebrows]
            Slow [retard|prove] in the fridge gives a tangier flavour
            [Egg wash|Milk glaze], two coats, for that [glossy|deep mahogany] finish
            Weighing in grams instead of cups, no going back
            [Open|Airy] and custardy inside, happiest result so far
            [Salt|Sea salt] forgotten entirely, bland as cardboard
            """
        ),
        lines(
            """
            [Sourdough|Bread] Bakers {city}
            [Home|Weekend] Bakers Club
            [Cake|Pastry] Decorating Circle
            Starter Rescue [Centre|Clinic]
            Crumb Shot Appreciation Society
            Levain and Learn
            {city} Real Bread [Collective|Co-op]
            Bake Sale [Heroes|Regulars]
            Gluten Free Bakes [and Cakes|{country}]
            The Lamination Station
            Midnight [Proofers|Bakers]
            [Beginners'|First Loaf] Baking Help
            """
        ),
        lines(
            """
            Share [bakes|crumb shots|recipes] and [troubleshoot|rescue] starters
            [Monthly|Weekly] [bake-alongs|challenges] for all levels
            Post your flops as proudly as your showstoppers
            Swap starters and heritage flour with bakers [nearby|in {city}]
            A cosy corner for cake decorators, from [buttercream|sugarcraft] to [fondant|piping]
            [Weekly|Fortnightly] theme: [enriched doughs|pies|biscuits|viennoiserie]
            Micro-bakeries and cottage bakers selling from their own kitchens
            Helping new bakers [master|learn] [shaping|timings] and read their crumb
            Baking for [charity|food banks] and community fridges around {city}
            Gluten-free, [dairy-free|egg-free] and allergy-friendly bakes with no judgement
            Strictly no shop-bought bread (joking, mostly)
            """
        ),
        lines(
            """
            {first} Bakes
            The [Crumb|Proof] Whisperer
            Knead to Know with {first} {last}
            Floury Apron [Diaries|Kitchen]
            Rise and Shine Bakehouse
            The Hungry Banneton
            {last}'s [Loaves|Microbakery]
            Proper Crust [Club|Podcast]
            Butter Layers [TV|Lab]
            Grandma {first}'s [Tins|Recipe Box]
            Wild Yeast Weekly
            Bun in the Oven [Bakes|Kitchen]
            """
        ),
        lines(
            """
            [Bread|Pastry] [tutorials|recipes] from a [home|professional] baker
            [Step-by-step|Slow] videos on [shaping|lamination|fermentation]
            Ex-[pastry chef|patissier] showing restaurant desserts for home kitchens
            Running a micro-bakery from [my garage|a shed] in {city}
            [Mum|Dad] of three baking lunchbox treats on a budget
            Cake designer filming wedding tiers from sketch to slice
            Bread science explained with fermentation charts and terrible puns
            Recreating bakes from [old cookbooks|my nan's notebook] one week at a time
            Testing [gluten-free|vegan] bakes until they taste just as good
            Miller sharing heritage grains, stoneground flour and harvest updates
            """
        ),
        ("vegan_cooking", "coffee", "gardening"),
    ),
    SocialTopic(
        "vegan_cooking",
        "Plant-based cooking",
        "Food & Drink",
        0.1,
        lines(
            """
            plants on my plate
            tofu evangelist
            meal-prep Sunday devotee
            cooking from the veg box
            lentils are a personality
            herbivore with opinions
            """
        ),
        lines(
            """
            [Crispy|Sticky] tofu that [won over my dad|converted my flatmate]
            Batch [cooked|prepped] five lunches for [£15|€20]
            [Oat|Soy|Pea] milk that [doesn't split|froths] in [a latte|a flat white]?
            [Jackfruit|Pulled oyster mushroom] [tacos|sliders] for [Friday night|the footie]
            [Egg-free|Dairy-free] [brownies|cheesecake] that [actually set|held together]
            Aquafaba meringues: [third attempt|round two], still [weeping|sticky]
            Seitan from scratch, [kneaded|washed] by hand
            [Cashew|Almond] ricotta lasagne for [Sunday lunch|my nan's birthday]
            [Nutritional yeast|Nooch] on everything [phase|era] continues
            Dhal [night|Tuesday], [red lentil|chana] edition
            Festive nut roast [test run|trial] in {month}
            Where to find [tempeh|smoked tofu|white miso] in {city}?
            [Veganuary|Plant-based January] [halfway|final stretch] check-in
            Flax egg [fail|disaster]: [gummy|soggy] banana bread
            [Chickpea|Gram flour] omelette [actually worked|fooled my partner]
            Veg box [roulette|rescue]: what do I do with [kohlrabi|celeriac|chard]?
            Mushroom [stroganoff|bourguignon] [for two|that tastes properly meaty]
            Hosted a [dinner party|supper club] with no butter in the house
            Meat-free sausage roll [taste test|league table]
            [Mum|Grandad] still asks where I get my protein
            Coconut bacon [verdict|experiment]
            [Bean curd|Soy block] press worth it, or just two heavy books?
            Carrot lox [bagels|on rye] for brunch
            [Seven|Ten] years without [dairy|animal products] today
            [Silken|Firm] tofu chocolate mousse, nobody guessed
            Pulses [haul|stockpile] from the [Indian|Turkish] grocer
            [Plant-powered|Meatless] [ramen|pho] with [shiitake|kombu] broth
            Eating out in {city} [as the awkward one|when the menu has one salad]
            """
        ),
        lines(
            """
            [Marinated|Pressed] overnight, then [baked|air-fried] until [golden|crisp]
            [Chickpeas|Butter beans|Lentils] doing the heavy lifting as [always|usual]
            [Cashew|Coconut] cream makes it [rich|silky], nobody missed the [butter|ghee]
            Recipe [below|in the comments], [scales up|freezes] [nicely|well]
            A [splash|glug] of [soy sauce|tamari] and a spoon of [miso|Marmite] for umami
            Cost me [less than a fiver|about £4] for [four|six] portions
            Smoked paprika and liquid smoke are [doing a lot here|my secret weapons]
            [Omnivore|Carnivore] [housemates|in-laws] cleared their plates, [no comment|zero complaints]
            Took me ages to find which [aisle|shelf] hides the [nori|agar flakes|vital wheat gluten]
            Topped with [toasted seeds|dukkah|crispy chickpeas] and a [tahini|peanut] drizzle
            Iron and B12 sorted, before anyone asks
            [Pantry|Cupboard] staples only, nothing fancy from the health shop
            Gluten-free too if you swap in rice noodles
            [Six|Eight] months in and I still get excited about [beans|a good curry]
            [Soaked|Blitzed] the cashews [for an hour|in boiling water] first, trust me
            My [nan's|mum's] old recipe, just [veganised|with oil instead of lard]
            Serve with [flatbreads|basmati|crusty bread] and a [sharp pickle|squeeze of lime]
            No animal products, no sad lettuce
            Flaxseed and [chia|oats] bind it, [no eggs needed|not an egg in sight]
            [Farmers' market|Greengrocer] [haul|glut] went straight into the pot
            Leftovers [tasted even better|were better] the [next day|morning after]
            [Blender|Food processor] did most of the graft
            [Seasoned|Spiced] with [cumin, coriander and a pinch of hing|garam masala and curry leaves]
            The [hens|cows|pigs] can thank me later
            Took [forty minutes|half an hour] start to finish, [one pan|one tray]
            Fibre [per bowl|per portion] would impress my [gym|personal trainer] mate
            Herbivore since {month} [last year|two years ago] and not looking back
            [Swapped|Subbed] the [honey|gelatine] for [maple syrup|agar] without anyone noticing
            """
        ),
        lines(
            """
            Vegan {city}
            Plant-Based {city} Potluck Club
            Meatless Monday Kitchen Swap
            Tofu Appreciation Society
            Lentil Liberation Front
            Budget Vegan Students {country}
            Plant-Powered Parents
            Vegan Bakers' Guild
            After-Work Veggie Cook-Along
            New to Plants: Beginners Welcome
            Women Who Cook Green, {city}
            {country} Vegan Supper Clubs
            """
        ),
        lines(
            """
            Share [recipes|restaurant finds] and clever swaps for your favourite dishes
            Monthly potlucks in {city}, bring a dish and a tupperware
            For anyone cutting out meat and dairy, however slowly
            Budget meal plans, freezer batches and supermarket bargains for plant eaters
            We bake without eggs or butter and argue about aquafaba
            Online cook-alongs every Thursday evening, cameras optional
            Helping families feed fussy kids without animal products
            A friendly corner for new vegans where no question is too basic
            Restaurant reviews and menu spotting across {country}
            Supper club hosts and home cooks swapping menus and tips
            Foraged greens, seasonal veg and zero-waste cooking
            """
        ),
        lines(
            """
            {first}'s Green Kitchen
            The Lentil Diaries
            Chickpea Chronicles
            Sprout and Spoon
            Tofu Talk with {first}
            The Broke Herbivore
            Plantfed {last}
            Nooch Nation
            Kitchen Without Cows
            The Weekday Vegan Podcast
            Seitan Sundays
            @{first}eatsplants
            """
        ),
        lines(
            """
            Easy plant-based recipes every week, nothing over thirty minutes
            Chef cooking dairy-free comfort food from a tiny {city} flat
            Nutritionist busting protein myths one bowl at a time
            Student cooking meat-free on a tenner a week
            Former butcher, now obsessed with mushrooms and seitan
            Mum of three sharing lunchbox ideas without animal products
            Recreating my grandmother's dishes from {country} without meat
            Vegan baker testing egg-free cakes until they rise
            Podcast about eating plants without the preaching
            Supper club host sharing menus, mishaps and puddings
            """
        ),
        ("sourdough", "yoga_mindfulness", "gardening"),
    ),
    SocialTopic(
        "coffee",
        "Speciality coffee",
        "Food & Drink",
        0.0,
        lines(
            """
            runs on flat whites
            grinder nerd
            home barista in progress
            will travel for a good cortado
            dialling in since 2019
            latte art: still hearts only
            """
        ),
        lines(
            """
            [Finally|First ever] [tulip|rosetta] with [symmetry|defined layers]!
            Grinder upgrade: [worth it|regrets]?
            [Washed Ethiopian|Natural Colombian] shots running [sour|bitter]
            [Pour-over|Espresso] corner tour
            Channelling every time, what's wrong with my puck?
            V60 or Chemex for [fruity|floral] beans?
            Flat white [crawl|tour] around {city} on Saturday
            Cupping [session|table] at a [local|tiny] roastery
            [Second-hand|Refurbished] lever machine rescued from a car boot sale
            Aeropress [inverted|upside-down] method: [yay or nay|still a thing]?
            [Oat|Barista oat] milk that actually [steams|microfoams] properly
            [Gesha|Geisha] at £30 a bag: hype or heaven?
            Descaling [day|disaster]: [limescale|hard water] strikes again
            Home roasting in a popcorn maker, [first batch|smoky kitchen]
            Is [a cortado|a piccolo] just a small latte?
            [Cold brew|Iced filter] season [starts|begins] now
            Bottomless portafilter [mess|spray] up the wall
            Single origin or [blend|house blend] for milky drinks?
            Hand mill [for travel|on holiday]: [any good|which one]?
            Third wave [snob|nerd] confession
            Moka pot [nostalgia|revival] at [my nan's|the caravan]
            [Burrs|Burr set] [swapped|replaced], flavour transformed
            Barista [championship|throwdown] [in {city}|this {month}]
            Decaf that doesn't taste [like cardboard|of regret]
            Scale, timer, gooseneck: [weekend|dawn] ritual [sorted|upgraded]
            Cezve [brewing|attempt] at home, [foam|kaimaki] and all
            Vietnamese phin with [condensed|sweetened] [milk|cream]
            """
        ),
        lines(
            """
            [18 g|19 g] in, [36 g|40 g] out, [28|30] seconds
            [Blueberry|Jasmine|Dark chocolate] notes [jump out|come through] as it cools
            [Water recipe|Grind size] made the [biggest|real] difference
            Roasted [last week|a fortnight ago], [resting|degassing] for [ten|seven] days
            Tamping harder fixed nothing, so I'm blaming the beans
            Preinfusion [for eight seconds|at low pressure] smoothed it right out
            [Light|Medium] roast, [washed|honey] process, grown at [1,900|2,100] metres
            Bloom for [forty|thirty] seconds, then [slow|pulse] pours to [250 g|300 g]
            Steamed to [sixty|65] degrees, [glossy|like wet paint]
            Third [cup|mug] before nine and my hands are [shaking|vibrating]
            [Acidity|Sweetness] [dialled|turned] up, body [syrupy|tea-like]
            Bought from a [micro|one-person] roaster in {city}, [direct trade|named farm]
            [Crema|Tiger striping] looked [gorgeous|amazing] but it tasted [flat|muddy]
            Went [two|three] clicks finer and it [sang|opened up]
            [Filtered|Bottled] water with [a pinch of magnesium|added minerals] is a game changer
            The [barista|bloke behind the counter] knew my order without asking
            Counter [resembles a lab|is mostly scales and kettles] now
            Spent more on [gear|green beans] this month than on food, [no shame|send help]
            [Naturals|Anaerobic lots] are [funky|boozy] and I'm here for it
            [Brew ratio|Ratio] [1:16|1:15], [medium-fine|sea salt] texture
            [Knock box|Drip tray] [overflowing|full] by [ten|noon]
            Paper filter rinsed, kettle at [93|96] degrees
            Tastes like [stone fruit|toffee apple|black tea] with a [clean|long] finish
            Fresh [grounds|bag] smell beats any alarm clock
            Roaster's tasting card said [peach|bergamot], I got [toast|cardboard]
            Lost a whole [Saturday|afternoon] chasing the perfect extraction, [worth it|obviously]
            [Ristretto|Shot] pulled [short|tight], [sweet|thick] and [dense|caramelly]
            Caffeine [jitters|buzz] kicking in [already|nicely], productivity [unlocked|questionable]
            """
        ),
        lines(
            """
            {city} Coffee Crawl
            Home Barista Forum
            Espresso Nerds Anonymous
            Pour-Over People
            The Decaf Resistance
            {country} Speciality Roasters Network
            Latte Art for Beginners
            Aeropress Addicts
            Women in Coffee {city}
            Early Shift Baristas
            Cupping Club {city}
            Lever Machine Owners' Circle
            """
        ),
        lines(
            """
            Brewing tips, café reviews and gear chat for coffee lovers
            Monthly café crawls around {city}, beginners welcome
            Public cuppings every other Sunday, bring your own mug
            For anyone chasing a better shot at home, whatever the machine
            Filter brewers comparing recipes, ratios and kettles
            Baristas and café owners swapping rota horror stories and job ads
            We buy second-hand machines, fix them and share the guides
            Roasters across {country} sharing green bean sources and profiles
            Milk texturing practice with a jug and a lot of patience
            A friendly place for decaf drinkers and the caffeine-sensitive
            Latte art jams on the first Friday of each month
            """
        ),
        lines(
            """
            {first} Pulls Shots
            The Crema Report
            Bean There with {first}
            Grounds for Discussion
            The Dialled-In Podcast
            {last} Roasts
            Portafilter Diaries
            Slow Drip Sundays
            One to Sixteen
            Second Crack Radio
            @{first}.never.decaf
            """
        ),
        lines(
            """
            Machine reviews and latte art tutorials from my kitchen counter
            Roaster sharing recipes, farm visits and roast profiles
            Former competition barista teaching milk steaming to beginners
            Pour-over experiments and water chemistry explained simply
            Café reviews across {city}, honest and heavily caffeinated
            Restoring old espresso machines one gasket at a time
            Weekly podcast on origins, trade and the people who grow the beans
            Budget brewing gear tested so you don't have to
            Q grader cupping everything I can get my hands on
            Travelling barista reviewing cafés from {city} to {country}
            """
        ),
        ("sourdough", "startups"),
    ),
    SocialTopic(
        "gardening",
        "Gardening",
        "Nature",
        0.2,
        lines(
            """
            allotment plot 14
            happiest with soil under my nails
            tomato whisperer
            slug nemesis
            growing more than I can eat
            compost is my love language
            """
        ),
        lines(
            """
            First [courgette|tomato] of the [summer|season]!
            [Aphids|Greenfly] everywhere: organic fixes?
            Allotment [tour|update] for {month}
            Seed swap this Saturday
            [Dahlias|Sweet peas] in full bloom
            Slugs ate every [lettuce|seedling] overnight
            Blight [again|has arrived], potatoes [ruined|gone]
            [Chitting|Chitted] earlies on the windowsill
            Rhubarb [forcing|forced] under a [bucket|chimney pot]
            Green tomatoes [everywhere|left over]: chutney time
            Compost [bin|heap] finally [cooking|steaming]
            Hardening off [courgettes|squash] before planting out
            Which roses for a [shady|north-facing] wall?
            Bare-root [fruit trees|hedging] arrived
            Pricking out [three hundred|a tray of] brassicas
            Runner beans [up the wigwam|racing up the canes]
            [Frost|Late frost] [warning|forecast] tonight, fleece [out|on]
            Lawn [or|versus] wildflower meadow: help me decide
            Pond [dug|finished], frogs [already|moved] in
            Overwintering [pelargoniums|fuchsias] in the [shed|porch]
            [Glut|Mountain] of [plums|cucumbers] to give away
            [Pruning|Deadheading] day with [new secateurs|a flask of tea]
            [Mole|Fox|Badger] dug up my [bulbs|borders]
            Raised bed build, [sleepers|scaffold boards] edition
            [Garlic|Onion sets] in before [Bonfire Night|the ground freezes]
            Leaf mould cage built from chicken wire
            Wisteria [finally flowering|refusing to flower]
            Balcony [herbs|pots] on a [fourth|tenth] floor in {city}
            """
        ),
        lines(
            """
            Sowed under glass in [March|April] and fed weekly
            [Beer traps|Copper tape|Nematodes] [worked|did nothing] [this time|again]
            Going no-dig [changed everything|was worth the effort] on this [bed|patch]
            Spare [plants|cuttings] free to a good home
            [Mulched|Topped] with well-rotted manure and left to [settle|rot down]
            [Clay|Chalky|Sandy] soil here, so it all needed [grit|a barrow of compost]
            The [robin|blackbird] supervised from the fork handle, as usual
            Rainwater from the butt, never the hose
            [Nasturtiums|Marigolds] planted as companions to [lure|distract] the pests
            Knees [muddy|ruined], back [aching|sore], [heart full|spirits high]
            Divisions from my [neighbour|nan's garden] [taken|thriving]
            [Variety|Cultivar] is [an heirloom|a heritage type] saved by my [grandad|granny]
            [Hoed|Weeded] [the paths|between rows] while the [kettle boiled|soup warmed]
            [The RHS|The old boy on the next plot] says cut back [after flowering|in winter]
            [Bees|Hoverflies|Butterflies] [all over it|loving it] since [June|dawn]
            Netting [up|on] to keep the pigeons off
            South-facing, [sheltered|windy], and [waterlogged|parched] by {month}
            [Potting shed|Greenhouse] smells of [tomato leaves|damp earth] and I love it
            [Liquid feed|Comfrey tea] every [Sunday|fortnight] [without fail|religiously]
            Labels [washed off|faded], so it's a [mystery|surprise] what's what
            [Spaced|Set out] a foot apart along [drills|the line]
            [Crop rotation|Rotation] plan [drawn on the back of an envelope|scribbled on a packet]
            Perennials [settling in|bulking up] nicely [after|by] their [second|third] summer
            [Wheelbarrow|Trug] [full|overflowing] and the [sun|light] going [down|fast]
            Worms [everywhere|thriving], always a good sign
            [Greenhouse|Polytunnel] hit [forty|thirty-five] degrees, vents [open|propped]
            Committee [inspection|walk-round] is [next week|soon], weeds beware
            """
        ),
        lines(
            """
            {city} Allotment Society
            Grow Your Own {city}
            Kitchen Garden Club
            Cottage Garden Lovers
            No-Dig Growers {country}
            Balcony and Windowsill Growers
            The Secret Shed Society
            Weeds Are Just Plants With Bad PR
            Women Who Garden, {city}
            Beginners' Veg Patch
            After-Work Allotmenteers
            Heritage Seed Savers
            """
        ),
        lines(
            """
            Swap seeds, share harvests and show off your plot
            For allotment holders, balcony growers and plant parents everywhere
            Monthly work parties at the community garden in {city}, tools provided
            Seed library and swap events every spring and autumn
            Growing food in small spaces: pots, windowsills and shared yards
            Organic pest control and companion planting, no chemicals ever
            Friendly help for first-time growers with questions about anything green
            Plot holders swapping gluts, tools and gossip after work
            Cottage borders, wildlife ponds and pollinator patches
            Saving heritage varieties from across {country} before they vanish
            """
        ),
        lines(
            """
            {first}'s Plot
            The No-Dig Diaries
            Muddy Knees with {first}
            The Potting Shed Podcast
            Dig This
            Compost Corner
            {last}'s Kitchen Garden
            Half Hardy
            The Urban Trowel
            Slug Wars
            Seed to Spoon
            """
        ),
        lines(
            """
            Seasonal growing guides from a former head gardener
            Allotment vlogs through the year from a windy {city} hillside
            Market grower sharing no-dig methods and crop plans
            Small-space growing on a rented balcony
            Retired teacher filming every triumph and disaster on plot 14
            Wildlife-friendly garden design for tiny urban yards
            Houseplant rescuer and propagation obsessive
            Weekly podcast with growers, botanists and the odd farmer
            Cut-flower grower sharing sowing dates and arrangements
            Seed saver documenting heritage veg from {country}
            """
        ),
        ("birdwatching", "vegan_cooking", "sourdough"),
    ),
    SocialTopic(
        "birdwatching",
        "Birdwatching",
        "Nature",
        -0.2,
        lines(
            """
            binoculars always in the car
            lifer count: 212
            dawn chorus devotee
            hide-dweller
            twitcher in training
            patch watcher
            """
        ),
        lines(
            """
            Lifer [hoopoe|bee-eater|waxwing]!
            Kingfisher [on the river|by the weir] [tonight|at last]
            ID help: [warbler|pipit] in the reeds?
            [Binoculars|Optics] under [£500|£300]?
            Migration update from the estuary
            Dawn chorus [recording|walk] this Sunday
            [Osprey|Red kite] [circling|hunting] over the [lake|loch]
            Dipped on the [rarity|shrike] [again|by a quarter of an hour]
            Patch [tick|year list] [number 120|hits a hundred]
            Murmuration [spectacle|display] over the pier
            Swifts [screaming|are back] over the rooftops
            Garden feeder [visitors|count] this [weekend|morning]
            Goldcrest [ticking|flitting] in the [conifers|yews]
            Redwing and fieldfare [arrived|flocks] overnight
            [Seawatch|Sea-watching] from the headland: [shearwaters|skuas]
            Which field guide do you carry?
            [Nest box|Nestbox] camera: [eggs|chicks]!
            [Twitch|Twitching] across {country} for a [vagrant|yank wader]
            Big Garden Birdwatch results are in
            [Barn|Tawny] owl [quartering|hunting] the [meadow|field] at [dusk|sunset]
            [Gull|Larid] identification nightmare, [first-winter|juvenile] edition
            [Cuckoo|Nightingale] heard, not seen
            Spotting scope [tripod|digiscoping] setup
            Woodpecker [drumming|drilling] [outside my window|on the telegraph pole]
            Bittern [booming|showing] at the [wetland|fen]
            Wader roost on the saltmarsh at high water
            [Raptor|Harrier] [passage|watch] from the ridge
            """
        ),
        lines(
            """
            [Flushed|Spotted] near the hide around [6am|first light]
            [Distant|Grainy] record shot through the [mist|heat haze], [sorry|best I could do]
            [Calls|Song] confirmed it, [thanks|cheers] to the app
            [Logged|Counted] [forty|seventy] species before lunch
            Sat for [three|four] hours with a flask and cold toes
            [Supercilium|Wing bars|Leg colour] [clinched|settled] it in the end
            Reported [to the county recorder|on the local grapevine] [straight away|within minutes]
            [Heard|Picked up] the [contact|flight] call before it showed
            [Scope|Bins] fogged up [twice|in the drizzle], [typical|naturally]
            Wind [from the east|easterly] overnight, so anything could drop in
            [Notebook|Pocketbook] [sketch|field notes] below, markings from memory
            [Half|Most] the [regulars|local birders] were already [lined up|there] with [cameras|long lenses]
            [Plumage|Moult] [stage|pattern] makes it [tricky|a headache]
            Kept a respectful distance, didn't disturb [it|anything]
            [Mealworms|Sunflower hearts|Fat balls] [disappearing|going] at an alarming rate
            [Skulking|Showing] [briefly|well] in [the brambles|a hawthorn] [for a while|on and off]
            Tide was [perfect|right], pushing everything close
            [Breeding|Summer] finery just coming through
            Colour-ringed, so the [code|rings] went off to the ringing scheme
            Year list now [one hundred and ten|ninety-eight]
            [Rain|Sleet] since dawn but worth every [soggy|damp] minute
            Life list [creeping|inching] towards [three|four] hundred
            [Wellies|Boots] [soaked|full of water] but the grin [is huge|won't shift]
            [Gulls|Crows] [mobbing|chasing] it the whole time
            Pager [buzzed|pinged] [mid-sandwich|during tea] and I legged it
            Ten minutes of [magic|pure joy] before it [melted|vanished] into the [scrub|sedge]
            [Primaries|Tertials] [looked|seemed] [worn|fresh] through the [eyepiece|glass]
            """
        ),
        lines(
            """
            {city} Birders
            Rare Bird Alerts {country}
            Wader Watchers
            Young Birders Network
            Garden Feeder Fans
            Patch Workers United
            Dawn Chorus Club
            Women Birders of {city}
            The Twitchers' Tea Room
            Beginners' Bird ID
            {country} Seabird Counters
            Lunch-Break Birding
            """
        ),
        lines(
            """
            Sightings, alerts and ID help for birders and wildlife lovers
            Dawn walks at the reserve, binoculars to lend
            Post your garden visitors and we'll help put a name to them
            Real-time news of scarce migrants around {city}
            Monthly coach trips to estuaries, moors and headlands
            Young people aged 13 to 25 getting into ornithology
            Quiet walks for people who would rather listen than talk
            Volunteer survey teams counting breeding pairs across {country}
            Photographers and listers sharing field etiquette and records
            Local patch watchers comparing year lists and gossip
            Nest box builders and backyard conservationists
            """
        ),
        lines(
            """
            {first} Goes Birding
            The Patch Journal
            Bins and Biscuits
            Tweets from the Hide
            {last}'s Field Notes
            The Dawn Chorus Podcast
            Feathers Over {city}
            The Lister's Lament
            Out With the Scope
            Little Brown Jobs
            Migration Matters
            """
        ),
        lines(
            """
            Bird ID guides for the tricky little brown ones
            Ornithologist sharing migration and nesting updates
            Ranger at a coastal reserve posting daily sightings
            Sound recordist capturing songs and calls before breakfast
            Weekly podcast about birds, birders and the places they gather
            Wildlife artist sketching everything that lands in my garden
            Chasing rarities around {country} on a student budget
            Retired postman with a scope and far too many notebooks
            Seabird researcher filming cliffs and colonies
            Beginner-friendly walks and tips from a bird guide in {city}
            """
        ),
        ("gardening", "photography", "hiking_wild"),
    ),
    SocialTopic(
        "photography",
        "Photography",
        "Arts & Culture",
        0.1,
        lines(
            """
            chasing golden hour
            shoots film, mostly
            street photographer
            35mm and a lot of patience
            always carrying a camera
            light collector
            """
        ),
        lines(
            """
            Golden hour over the harbour
            [Film|Colour] roll back from the lab
            Prime or zoom for [street|portraits]?
            Long exposure attempt from the pier
            Critique welcome on this portrait
            [Milky Way|Astro] [from a dark sky site|with no moon]
            [Darkroom|Enlarger] [night|session], [fibre|resin-coated] prints drying
            Shutter count [hit|passed] [100k|200,000]
            Blue hour [in the old town|by the canal]
            [Medium format|6x7] [scan|negative] [came out|looks] [soft|sharp]
            [Candid|Unposed] strangers on the [tube|bus]
            [Backlit|Rim-lit] [dandelion|cobweb] close-up
            [Second-hand|Used] [rangefinder|SLR] [bargain|find] from a car boot sale
            [Fog|Mist] [rolling|lifting] off the valley at sunrise
            Bokeh [test|comparison] wide open
            Wedding [season|second-shooter gig] survived
            [Lightroom|Editing] presets [or|versus] manual grading?
            Expired [Portra|slide stock] [surprises|colour shifts]
            [Drone|Aerial] [view|pass] of the [coastline|quarry]
            Self-portrait [project|series], [day 40|entry 12]
            Puddle reflections [downtown|in {city}]
            Sensor [dust|spots] in every [sky|frame]
            [Tripod|Remote] left at home, of course
            [Polaroid|Instant] [party|wedding guestbook] snaps
            [Monochrome|Black and white] [fortnight|challenge]
            [Silhouettes|Shadows] [at the station|in the underpass]
            [Gallery|Exhibition] acceptance: [two|three] prints [hung|selected]!
            Mirrorless [switch|upgrade]: [regrets|worth it]?
            """
        ),
        lines(
            """
            [f/8|f/1.8] at [1/250|30 seconds], [base ISO|ISO 3200]
            [Shot on|Taken with] a [50mm|35mm] and [a lot of waiting|no crop]
            [Edited|Processed] lightly, [mostly|just] curves and a little grain
            Honestly the [composition|light] [made|saved] this one, not the gear
            Waited [forty minutes|ages] for someone to walk into the [frame|doorway]
            [Rule of thirds|Leading lines] [ignored|bent] on purpose
            Handheld, [braced|leaning] against a [lamppost|wall], holding my breath
            [Souped|Developed] in [Rodinal|HC-110], [stand|semi-stand] method
            Raw file [straight out of camera|untouched], [honest|promise]
            [Polariser|ND filter] doing the work, [water|clouds] [deepened|smoothed] nicely
            [Metered|Exposed] for the [highlights|midtones] and [hoped|prayed]
            [Focus|Focused] [stacked|bracketed] from [twelve|twenty] frames
            Sold [a print|my first print] [to a stranger|at the market], [still buzzing|chuffed]
            [Cold|Numb] fingers and [flat batteries|a full memory card], but [so worth it|what a morning]
            Noise [left in|kept] for mood
            [Dragged|Slowed] the shutter to [blur|smear] the [crowd|traffic]
            [Scanned|Digitised] on a [lightbox|flatbed] with a [macro lens|copy stand]
            Colour [graded|toned] gently towards [teal|warm amber|muted greens] in the edit
            [Subject|Sitter] was happy for me to post it
            [Tack|Razor] sharp at [the eyes|f/5.6], [creamy|melting] [everywhere else|behind]
            Window [light|glow] only, no [flash|strobes]
            Club [judges|panel] gave it [eighteen|nineteen] out of twenty
            Histogram [clipped|crushed] on the [left|right] and I [don't care|love it]
            [Location|Spot] [scouted|found] on [the map app|a dog walk] last [week|month]
            [Lens|Glass] [hood|cap] [lost|gone] [somewhere|forever] [on the hill|in the sand]
            Cropped [to square|4:5] for the grid
            [Merged|Blended] [five|three] exposures to hold the [dynamic range|highlights]
            Fully manual [mode|exposure] [this time|for once], learning the hard way
            """
        ),
        lines(
            """
            {city} Street Photographers
            Darkroom Collective
            Photo Walks {city}
            {country} Film Shooters
            Camera Club of {city}
            Women Behind the Lens
            Beginners' Shutter School
            Golden Hour Chasers
            Night Sky Imaging {country}
            After-Work Photowalkers
            Lens Cap Still On
            Analogue Is Not Dead
            """
        ),
        lines(
            """
            Monthly photo walks and critique nights
            Share frames, edits and gear questions, all cameras welcome
            Shared darkroom in {city}, chemistry provided, bring your negatives
            Weekly themes to get you shooting when inspiration runs dry
            Landscape trips around {country} in every season
            Competitions, print exhibitions and a judge who means well
            For film users trading stock, lab tips and broken cameras
            Encouraging feedback for people who bought a camera last month
            Astrophotographers planning trips around moon phases and clouds
            Street shooters who meet after work and wander until dark
            """
        ),
        lines(
            """
            {first} {last} Photography
            Light Stories
            The Grain Report
            Frames by {first}
            Stop Down
            Half Frame Podcast
            {last} Imaging
            Chasing Shadows
            Negative Space
            Sunny Sixteen
            @{first}_shoots_film
            """
        ),
        lines(
            """
            Editing tutorials and composition challenges every week
            Documentary photographer sharing stories from {country}
            Landscape photographer sharing locations and light forecasts
            Wedding photographer teaching off-camera flash
            Film photographer reviewing cheap old cameras
            Street photographer walking {city} with one small prime
            Astrophotography guides for people with day jobs
            Portrait photographer sharing lighting diagrams and behind-the-scenes clips
            Darkroom printer posting every test strip
            Photo book reviews and interviews with working photographers
            """
        ),
        ("film_buffs", "hiking_wild", "birdwatching", "travel_backpacking"),
    ),
    SocialTopic(
        "film_buffs",
        "Film lovers",
        "Arts & Culture",
        0.2,
        lines(
            """
            lives at the cinema
            four-hour director's cuts, yes please
            horror aficionado
            letterboxd addict
            subtitles never scared me
            front row, centre
            """
        ),
        lines(
            """
            Rewatched {film} and [it holds up|it aged badly|I wept again]
            [Midnight|Late-night] double bill at the [Picturehouse|Regal|Electric]
            [Ranking|Rating] all the [heist capers|westerns|gialli] I have sat through
            [Cinematography|Colour grading] appreciation corner
            Thirty-five mil print [touring|coming to town] on Sunday
            Is [70mm|IMAX] worth the [trek|train fare]?
            [Boutique label|Limited edition] [haul|blu-ray splurge] arrived
            {city} festival diary, day [three|four]
            Directors who [never miss|peaked early]?
            Subtitled gems for a [newcomer|sceptical mate]
            [Greatest|Favourite] [noir|creature feature|slasher] of the [decade|nineties]?
            Who else stays for the [end crawl|post-credits sting]?
            [Letterboxd|Watchlist] diary hit [500|1,000] entries
            Silent [comedy|era] night with live [piano|organ] accompaniment
            Projectionist for a day at the [arthouse|repertory] [cinema|picture house]
            [Foley|Sound design] rabbit hole
            [Screenplay|Script] [vs|versus] [novel|source material]: {film}
            [Overlooked|Underseen] [seventies|eighties] [paranoia thrillers|road movies]
            Walked out of {film} [after forty minutes|at the interval]
            [Awards season|Oscar] predictions, round [one|two]
            Drive-in [showing|screening] near {city} this summer
            [Trailers|Teasers] that [spoil everything|give away the twist]
            [Long takes|Tracking shots] that [made me gasp|deserve a shrine]
            [Horror|Zombie] marathon till dawn: [survived|barely]
            Which [auteur|filmmaker] retrospective should I [binge|tackle] next?
            [Anamorphic|Widescreen] lens flare obsession
            """
        ),
        lines(
            """
            The [closing frame|final shot] [lives in my head|still gives me chills]
            [Glacial|Patient] pacing, but [hugely rewarding|worth every minute] in the end
            [Unpopular|Hot] take: [the sequel|the remake] [beats|outshines] the original
            Catch it on a [proper|huge] screen if you [possibly can|get the chance]
            Popcorn [salted|sweet], phone [off|silenced], row F [centre|aisle]: bliss
            The [score|soundtrack] swelled and the whole [auditorium|room] [held its breath|went silent]
            My to-watch list grows faster than I can [tick titles off|keep up]
            [Subtitles|Dubbing] debate in the replies, [go on|be civil]
            [Four and a half|Three and a half] stars, docked half for the [runtime|epilogue]
            Genuinely forgot to [blink|breathe] during the [car chase|vault sequence]
            Every [frame|still] could hang in a gallery
            The [lead|supporting cast] [deserves|deserve] [every|all the] [gong|statuette] going
            Stayed in my seat until the [lights came up|ushers swept around me]
            Spoiler [tags|warnings] please, some of us are still catching up
            [Practical effects|Puppetry and miniatures] will always [trump|win over] [CGI|green screen] for me
            Whoever cut that [montage|cross-cutting] deserves a pay rise
            Came for the director, stayed for the [production design|costumes]
            [Dialogue|Banter] crackles like a [screwball|forties] comedy
            The [rep house|independent picture palace] round the corner deserves your [money|support]
            [Aspect ratio|Framing] choices alone [justify|merit] a second viewing
            Queue went round the block, ticket stub [kept forever|framed]
            [Bleak|Haunting] denouement, I sat in the car park for ten minutes
            Lighting [so moody|drenched in neon], the [cinematographer|DP] earned a medal
            Reel change marks, [scratches|dust] and all: glorious [celluloid|grain]
            [Mum|My partner] dozed off before the title card appeared
            """
        ),
        lines(
            """
            {city} Film Club
            [Cult Cinema|Bad Movie] Night
            [Sunday|Tuesday] Matinee Society
            Subtitles Welcome
            Reel Talk {city}
            Women in Horror Viewing Circle
            The Rewatch Club
            Arthouse After Work
            {city} 35mm Appreciation Society
            Physical Media Hoarders [UK|of {country}]
            Silver Screen Seniors
            Short Film Showcase {city}
            """
        ),
        lines(
            """
            [Monthly|Weekly] screenings followed by [pub post-mortems|heated reviews]
            For [cinephiles|movie lovers] of every taste
            We watch one [classic|foreign-language] picture a fortnight and argue about it afterwards
            Swap blu-rays, share watchlists and find someone to split the popcorn with
            Organising trips to [repertory|independent] cinemas around {city}
            A friendly space for slasher fans, gore optional
            Cheap tickets, late showings and absolutely no phones in the auditorium
            Newcomers welcome: we started with {film} and never looked back
            Film students, projectionists and armchair critics comparing notes
            Showcasing shorts by local filmmakers from {city} and beyond
            """
        ),
        lines(
            """
            {first} Reviews [Films|Movies]
            The Projection Booth
            Celluloid {last}
            Frame by Frame with {first}
            Final Reel Podcast
            {last} on Cinema
            Rewind and Rant
            The Matinee Idler
            Second Row Centre
            Gate Weave
            {first} After the Credits
            """
        ),
        lines(
            """
            Video essays on [classic|new] [cinema|releases]
            [Critic|Filmmaker] talking [craft|box office|hidden gems]
            Former projectionist reviewing whatever is showing this week
            Weekly podcast on forgotten genre pictures
            Short reviews, no spoilers, honest star ratings
            Breaking down how great scenes are shot and edited
            Horror nerd digging up video nasties and drive-in oddities
            Film student sharing essays and festival diaries from {city}
            Retired usher with forty years of opinions
            Collector of posters and physical media, with unboxings
            """
        ),
        ("indie_music", "books_fantasy", "photography"),
    ),
    SocialTopic(
        "indie_music",
        "Music and gigs",
        "Arts & Culture",
        0.2,
        lines(
            """
            gig-goer, front-row energy
            vinyl crate digger
            plays bass in a band nobody has heard of
            festival season is my season
            will talk about synths for hours
            record shop Saturdays
            """
        ),
        lines(
            """
            [Caught|Saw] {band} [live|in a tiny basement] last night
            Record Store Day [haul|loot]
            [We|My lot] [play|headline] {city} on Saturday
            [Album|EP] of the year so far?
            [Festival|Weekender] line-up [just dropped|announced]: thoughts?
            Bought my first [fuzz|delay|reverb] pedal
            [Tinnitus|Ears ringing] after {band}, worth it
            Support act [stole the show|outshone the headliner]
            Nabbed the setlist from the [sound desk|roadie]
            Demo [mixed|mastered] at last, brutal honesty wanted
            [Seven-inch|Twelve-inch] [single|white label] arrived in the post
            Anyone [queueing|camping out] for the presale?
            Rehearsal room [rates|prices] in {city} are daylight robbery
            [Merch stand|Tote bag] confession: bought the [tee|poster] too
            Mosh pit [etiquette|manners] debate
            Open mic [debut|nerves] on Thursday
            [Bandcamp Friday|Pay-what-you-want] picks
            [Cassette|Tape] revival: yay or nay?
            [Drummer|Bassist] wanted, [influences below|must own a van]
            B-sides better than the [singles|lead track]?
            Turntable [upgrade|cartridge swap], [needle|stylus] advice
            [Encore|Second encore] was a [cover|rarity] nobody expected
            Guestlist plus one [going spare|up for grabs] for {band}
            [Sleeve|Cover] art that made me buy it unheard
            Pressing plant delays [again|strike again]
            Home studio [corner|setup] tour
            """
        ),
        lines(
            """
            Sound was [immense|spot on] and the crowd [was electric|sang every word]
            Original [pressing|first press] for [twelve quid|a steal]
            Come down, [doors at 8|first act on at 7.30]
            [On repeat|Spinning] in this house [all week|since Sunday]
            [Jangly|Fuzzy] guitars, [wonky|hazy] synths and a chorus you can hum
            [Earplugs|Ear defenders] in, pint held high, [lost my voice|shouting along]
            The [bassline|low end] [rattled|shook] my [ribcage|fillings]
            [Reminds me|Sounds like] my [student|teenage] years in sticky-floored clubs
            Streaming pays pennies, so buy the [vinyl|LP] direct
            [Lyrics|Words] scribbled on a [napkin|beer mat], apparently
            [Producer|Engineer] kept every [crackle|fret squeak] and I love it
            Caught the last [train|night bus] home still buzzing
            Gatefold sleeve, [marbled|splatter] wax, lyric sheet included
            [Second|Third] album syndrome? Not a chance
            Those [harmonies|backing vocals] gave me [goosebumps|shivers] every single time
            Tour van [broke down|died] twice but we played anyway
            [Frontwoman|Singer] [crowd-surfed|stage-dived] during the [bridge|middle eight]
            Gone in [minutes|under an hour], touts already circling
            Track [four|seven] is an absolute banger
            [Grassroots|Small] venues need us, grab a ticket
            [Reverb-soaked|Lo-fi] and dreamy, [headphones|decent speakers] essential
            Mixtape swap anyone? I will burn you a CD
            [Tambourine|Cowbell] player deserves a raise
            Radio session [version|take] [tops|trumps] the studio [recording|cut]
            Feedback squall at the end went on for [five|ten] glorious minutes
            """
        ),
        lines(
            """
            {city} Gig Buddies
            {city} Vinyl Collectors
            [Indie|Synth] Music Lovers
            Solo Gig-Goers [UK|Club]
            Front Row Regulars
            Women Who Shred
            Dad Rock Anonymous
            Crate Diggers [{city}|United]
            Basement Shows {city}
            Bedroom Producers Collective
            Festival Campers [Guild|Crew]
            After-Work Jam Session
            """
        ),
        lines(
            """
            Find [gig buddies|band mates] and [share records|swap tickets]
            [Listening parties|Open mics] every month
            Nobody should have to go to a show alone
            Swapping spare tickets at face value, never more
            Record fair trips and crate-digging meet-ups around {city}
            Musicians of any level jamming on Tuesday evenings
            Share your demos and get kind, honest ears
            Planning festival camping, lifts and wellies together
            Championing small venues and new acts from {country}
            Synth nerds trading patches, modules and studio tips
            """
        ),
        lines(
            """
            {first} Spins Records
            The [Setlist|B-Side] Podcast
            Needle Drop {last}
            Crackle and Hiss
            Sticky Floor Sessions
            {first}'s Tape Deck
            The Support Act
            Loud Quiet Loud
            {last} Soundcheck
            Pressed Wax Radio
            Ringing Ears Club
            """
        ),
        lines(
            """
            [Album reviews|Live sessions] and [new music|deep cuts] every week
            [Musician|DJ] sharing [demos|mixes|studio diaries]
            Photographer shooting gigs from the pit
            Bedroom producer posting loops and synth patches
            Record shop owner recommending one LP a day
            Touring drummer filming life on the road
            Podcast interviewing bands before they get big
            Vinyl collector with too many shelves and no regrets
            Festival reviewer covering small stages across {country}
            Songwriter sharing demos and lyric notebooks
            """
        ),
        ("film_buffs", "video_games"),
    ),
    SocialTopic(
        "books_fantasy",
        "Reading: fantasy and sci-fi",
        "Arts & Culture",
        0.1,
        lines(
            """
            one more chapter, always
            dragons, spaceships and tea
            TBR pile taller than me
            library card maximalist
            lives in other worlds
            doorstopper devotee
            """
        ),
        lines(
            """
            [Finished|Devoured] a [900-page|doorstopper] [epic|space opera] in [a week|three days]
            Recs for [cosy fantasy|hard sci-fi|grimdark]?
            [Book haul|Library stack] for {month}
            [Magic system|World-building] [appreciation|debate] thread
            [Author|Signing] event in {city} [next week|tonight]
            Which [map|endpaper] made you pick up the novel?
            Dragons: [overrated|underrated]? [Discuss|Fight me]
            [Sprayed edges|Special edition] arrived and I [screamed|gasped]
            [Starship|Generation ship] stories with [real|actual] physics
            DNF at [chapter|page] [ten|fifty], [guilty|no regrets]
            [Prologue|Glossary] [haters|defenders], assemble
            Reading challenge check-in: [42|67] of 100
            [Elves|Orcs|Necromancers] done differently?
            Kindle [deal|sale] alert for the weekend
            [Second-hand|Charity shop] find: a [signed|pristine] first printing
            Waiting [eleven|nine] years for [volume|instalment] [four|five]
            Time travel [paradoxes|plots] that actually hold together
            [Cover|Jacket] art redesign [reveal|row]
            Annotating my [reread|copy] with [tabs|sticky notes]
            [Novella|Short story] [anthology|collection] picks for a slump
            Which [fictional|invented] [tavern|inn] would you move into?
            [Hugo|Nebula] [shortlist|ballot] reactions
            Cried over a [sentient|talking] [sword|robot] again
            Fan [theory|conspiracy]: the [mentor|wizard] was lying all along
            [Translated|Indie-published] speculative fiction worth tracking down
            """
        ),
        lines(
            """
            [The ending|That twist] [wrecked me|I did not see coming] at all
            [Found families|Slow-burn romance] and [heists|court intrigue], my favourite things
            [Audiobook|Paperback] [on the commute|before bed] every day
            [Five stars|Four stars], would happily reread
            [Footnotes|Appendices] longer than some books and I loved every word
            [Prose|Writing] so [lyrical|lush] I kept pausing to reread sentences
            Sat up till [2am|3am] promising myself just one more [chapter|bit]
            The [villain|antagonist] had a [point|better argument], honestly
            [Pronunciation guide|Index of names] in the back saved my sanity
            [Kettle|Teapot] on, [blanket|duvet] out, phone upstairs
            The [spaceship|ship's] AI [stole|ran away with] every scene
            [Political|Palace] scheming knotty enough to rival any thriller
            [Bookmark|Receipt] still wedged at the [halfway|midpoint] mark
            Now [mourning|grieving] the characters like old friends
            Library [hold|reservation] came through after [months|forever]
            [Lore|History] woven in [beautifully|gracefully], no clunky info dumps
            My [TBR|to-be-read] pile just [toppled|collapsed] onto the cat
            The usual quest structure gets [subverted|turned inside out] [cleverly|brilliantly]
            Book club bickered about [it|the epilogue] for [two hours|ages]
            Narrating it aloud to the kids at bedtime, voices and all
            Highlighted half the [e-reader|digital] [copy|version]
            [Strict|Clear] rules, [costly|brutal] consequences: chef's kiss
            Starts slow, then the [last third|final act] never lets up
            Pressing it on strangers whether they like it or not
            Comfort [read|escape] for [rainy|grey] [Sundays|evenings]
            """
        ),
        lines(
            """
            [Fantasy|Sci-Fi] Book Club {city}
            [Bookworms|Readers] Anonymous
            Dragons and Doorstoppers
            {city} Speculative Fiction Circle
            Silent Reading Pub Night
            Grimdark Survivors
            Cosy Fantasy Corner
            Hard SF Readers [Guild|Society]
            Audiobook Commuters
            Queer SFF Readers {city}
            The Wandering Library
            Buddy Read Tavern
            """
        ),
        lines(
            """
            [Monthly|Fortnightly] [book picks|meet-ups] and [spoiler threads|recommendations]
            For [readers|bookworms] who love [other worlds|epic stories]
            One chunky epic a season, read together chapter by chapter
            Bring a book, order a pint and read in companionable silence
            Spoiler-tagged chat about series still in progress
            Gentle stories, low stakes and plenty of tea
            Swapping paperbacks and holding buddy reads across {country}
            For people who want their spaceships to obey physics
            Debating magic systems, maps and the merits of prologues
            Readers, writers and audiobook fans meeting in {city} cafés
            """
        ),
        lines(
            """
            {first} Reads [Fantasy|Everything]
            The [Dragon|Starship] Shelf
            Tomes and Tea with {first}
            {last} Beyond the Map
            Spine Crackers
            Dog-Eared Galaxies
            The Footnote Goblin
            Page Count {last}
            Orbit and Quill
            Ink and Ember Reviews
            The Unread Grimoire
            """
        ),
        lines(
            """
            [Book reviews|Reading vlogs] and [recommendations|author interviews]
            [Author|Bookseller] talking [new releases|writing craft]
            Librarian sharing hidden gems from the stacks
            Debut novelist writing about dragons and drafting
            Monthly wrap-ups, honest ratings and the occasional rant
            Podcast dissecting a classic space opera every episode
            Collector of special editions, sprayed edges and all
            Audiobook narrator sharing favourite reads and recording stories
            Reviewing translated fantasy from {country} and beyond
            Cosy reader recommending comfort books for bad days
            """
        ),
        ("film_buffs", "tabletop", "video_games"),
    ),
    SocialTopic(
        "knitting_crafts",
        "Knitting and crafts",
        "Arts & Culture",
        -0.1,
        lines(
            """
            yarn stash bigger than the wardrobe
            always has a project on the go
            sews her own clothes
            crochet between meetings
            maker, mender, stitcher
            """
        ),
        lines(
            """
            [Finished|Cast off] my first [cardigan|pair of socks]!
            Yarn [suggestions|ideas] for a [baby blanket|chunky scarf]?
            [Visible mending|Darning] on my [favourite jeans|old jumper]
            [Sewing|Overlocker] machine recommendations?
            [Stash|Haul] from the [wool festival|craft fair]
            Second sock syndrome [strikes|has hit] again
            [Granny squares|Hexagons] [joined|seamed] at last
            Dropped a stitch [six|ten] rows back, send tea
            Colourwork [chart|floats] woes on a [yoke|hat]
            [Bias binding|French seams] [finally|eventually] clicked
            Hand-dyed [skeins|hanks] from [onion skins|avocado stones]
            [Circular|Interchangeable] needles worth the splurge?
            [Blocking|Pinning out] a [lace shawl|doily] on the spare bed
            [Toddler|Grandchild] demanded a [dinosaur|dragon] amigurumi
            Cable panic: [twisted|crossed] the wrong way
            [Cross-stitch|Embroidery] [hoop|sampler] done in time for {month}
            Quilt [top|blocks] pieced, backing next
            [Fabric|Remnant] [score|jackpot] at the market
            Swatch or no swatch: the eternal question
            [Tote bag|Patchwork cushion] from offcuts
            Advent calendar [mini-skeins|sock blanks]: day [12|twenty]
            Unravelling a car boot sweater to reclaim the yarn
            [Steeking|Cutting into my knitting], hands shaking
            [Spinning wheel|Drop spindle] inherited from [Gran|Nana]
            Macramé [plant hanger|wall hanging] progress
            Ribbing [too loose|too tight] on a bobble hat
            """
        ),
        lines(
            """
            [Three months|Two winters] of work and [it fits|only one sleeve is longer]
            [Merino|Alpaca] in [forest green|mustard] and [it is so soft|I am in love]
            Full [instructions|tutorial] linked in the comments below
            [Frogged|Ripped out] [twice|three times] but worth it
            [Stitch markers|Row counter] vanished down the sofa cushions
            Cat [stole|chased] the ball mid-round
            [Tea|Brew] forgotten beside me, [podcast|audiobook] on, needles clicking
            Tension spot on at the very first try, small miracle
            Picked up the [technique|trick] from my nan years ago
            [Seam|Hem] [pressed|ironed] and pins everywhere
            [Darning egg|Mushroom] and [embroidery floss|scrap wool] to the rescue
            [Fair Isle|Brioche] looks scary but it is [just|only] patience
            Blisters on my [hook finger|index finger] and zero regrets
            Wearing it to [the office|work] on Monday, fingers crossed
            [Natural|Plant] dyes give such [soft|muted] [tones|shades]
            Loose ends still to weave in, [naturally|of course]
            [Selvedge|Grain line] [straight|true] at last, my old teacher would be proud
            Bobbin [tangled|jammed] [twice|again] but the stitching held
            Made entirely from [leftovers|oddments], no waste
            [Wooden|Bamboo] [hooks|pins] feel kinder on [arthritic|tired] hands
            [Ravelry|Pattern] queue out of control again
            Started it on [the train|holiday], bound off at [home|the café]
            [Fibre|Wool] fumes: bought [eight|ten] balls I do not need
            [Mum|Auntie] insists [mohair|angora] is itchy and she is wrong
            [Pleats|Darts] [lined up|matched] on the [first|second] attempt
            """
        ),
        lines(
            """
            {city} [Stitch|Knit] and Natter
            [Sewing|Crochet] Circle
            Purl Jam {city}
            Yarn Bombers United
            Menders Anonymous
            Sock Knitters Support Group
            Crochet for Absolute Beginners
            {city} Quilting Bee
            Spinners and Dyers of {country}
            Lunchtime Stitch-In
            Woolly Wednesdays
            Make Do and Mend {city}
            """
        ),
        lines(
            """
            [Weekly|Monthly] [craft nights|stitch-ins] at the [café|library]
            Share [projects|patterns|yarn finds], beginners welcome
            Bring whatever is on your needles and a slice of cake
            Patching, darning and rescuing clothes from landfill
            We cover the town's railings in woolly surprises
            Knitters helping each other through heels, gussets and kitchener stitch
            Learn a magic ring and your first treble in a friendly space
            Piecing quilts together and swapping fat quarters in {city}
            Fleece to finished yarn: spinning, dyeing and sharing fibre
            A half-hour lunchtime stitch to escape the desk
            """
        ),
        lines(
            """
            {first} Makes Things
            The [Yarn|Stitch] Basket
            {last} Knits After Dark
            Tangled Skein
            Needle and Nettle
            Frog Pond Podcast
            Bobbin Around
            The Mending Pile
            Cast On Cast Off
            {first}'s Hook Nook
            Selvedge and Stitch
            """
        ),
        lines(
            """
            [Knitting|Sewing] [tutorials|patterns] and [mending|upcycling] ideas
            [Designer|Maker] sharing [patterns|works in progress]
            Indie dyer posting new colourways every Friday
            Crochet designer making toys for grandchildren everywhere
            Retired tailor sharing dressmaking tips
            Podcast about sock yarn, stash guilt and slow fashion
            Visible mending advocate teaching sashiko and darning
            Quilter documenting a lifetime of scraps
            Beginner-friendly crochet videos from {city}
            Hand spinner showing fleece to finished skein
            """
        ),
        ("gardening", "books_fantasy", "parenting"),
    ),
    SocialTopic(
        "video_games",
        "Video games",
        "Games",
        0.4,
        lines(
            """
            gamer since the 16-bit days
            cozy games and chaos shooters
            achievement hunter
            speedrunner in training
            Steam library shame
            plays support, always
            """
        ),
        lines(
            """
            [Finally|Just] beat the final boss after [40|80] hours
            Underrated [indie|co-op] gems of the year?
            [Ranked|Tournament] grind: [made diamond|back to silver]
            [Custom|Self-built] [PC|mechanical keyboard] [finished|arrived]
            Patch [notes|nerfs] discussion
            [Speedrun|Any percent] PB by [four|twelve] seconds
            [Save file|Hard drive] [corrupted|wiped]: [200|120] hours gone
            [Soulslike|Roguelike] burnout is real
            Retro [cartridge|console] [haul|find] at a car boot
            [Crafting|Inventory] menus that [spark joy|ruin everything]
            [Day one|Launch day] bugs megathread
            Cosy [farming|life-sim] suggestions for a rough week
            Handheld or docked: where do you play?
            [Loot box|Battle pass] rant, brace yourselves
            Open world fatigue: too many [question marks|icons]
            [Couch|Split-screen] multiplayer needs a comeback
            Stutter sorted with one [config|ini] tweak
            [Easter egg|Secret room] nobody talks about
            [Controller|Pad] drift strikes again
            Modding my [fiftieth|third] playthrough
            Matchmaking queues are brutal tonight
            [Side quest|Companion] writing better than the main story
            [Wishlist|Backlog] shame thread
            One [trophy|cheevo] left for completion
            [Game jam|Demo] [entry|build] uploaded at 3am
            [Pixel art|Chiptune] love thread
            """
        ),
        lines(
            """
            [Frame rate|Load times] [silky|fixed] after the new graphics card
            [Squad|Co-op] sessions with [mates|randoms] every [Friday|weekend]
            [The soundtrack|The boss fights] alone [are worth it|are unreal]
            [Looking for|Need] [a duo|two more] for [raids|dungeons]
            [Hitboxes|Parry windows] feel [generous|tight] once it clicks
            [Headset|Mic] on, [snacks|energy drink] ready, lobby [open|forming]
            [Skill tree|Build] respecced [three|four] times already
            [Rage-quit|Threw the pad], made a cuppa, came back and cleared it
            [Lore|Item descriptions] hidden in the [codex|flavour text] repays reading
            [Physics|Ragdoll] glitches made it even funnier
            Servers [held up|crumbled] during the [launch|weekend event]
            [Cutscenes|Voice acting] genuinely moving, not gonna lie
            Worth [full price|every penny], no microtransactions
            Sweaty lobbies since dinner, I need a lie-down
            [Menu|Backpack] juggling takes longer than the combat
            [Checkpoint|Autosave] placement [is properly cruel|feels fair] on hard mode
            [Stealth|Sneaking] run blown by one [guard|NPC] turning around
            [Thumbs|Wrists] aching this morning, but no regrets
            [Kid|Partner] backseated the whole run
            [Streamed|Clipped] it and [chat|viewers] went feral
            [Dev team|Studio] clearly listens to [feedback|the community]
            [Ray tracing|HDR] on and my GPU sounds like a jet engine
            [Rollback netcode|Low input lag] honestly changes everything online
            [Permadeath|Ironman mode] makes every [decision|choice] agonising
            Skipped the tutorial and [paid for it|regretted it] instantly
            """
        ),
        lines(
            """
            {city} [Gamers|LAN Party]
            [Indie Game|Co-op] Club
            [Retro|Speedrun] Gaming
            Dads Who Game After Bedtime
            Cosy Gamers [Corner|Collective]
            {city} Fighting Game Locals
            Women in Esports {country}
            The Backlog Support Group
            Over-40s Raid Night
            Pixel Preservation Society
            Achievement Hunters [UK|Guild]
            Couch Co-op Crew
            """
        ),
        lines(
            """
            Find [squad mates|co-op partners] and [share clips|talk games]
            [Weekly|Monthly] [game nights|tournaments] [online|in person]
            Parents squeezing in a session once the kids are asleep
            Relaxed farming sims, puzzle games and zero toxicity
            Weekly casuals and bracket nights for fighting game fans in {city}
            Collecting, repairing and preserving old consoles and cartridges
            Accountability for finishing what you bought in the sale
            Grown-up raiders who need to be in bed by eleven
            Sharing routes, splits and world records
            Hunting every trophy and achievement together
            """
        ),
        lines(
            """
            {first} Plays
            The [Respawn|Loot] Room
            Save Point {last}
            Critical Hit Cuppa
            Button Mash Theory
            {last} Speedruns Badly
            Pixel Pensioner
            Sidequest Sunday
            Continue? {first}
            The Cartridge Blower
            Glitchless {first}
            """
        ),
        lines(
            """
            [Live streams|Let's plays] and [reviews|speedruns] every week
            [Streamer|Developer] sharing [gameplay|tips|dev logs]
            Solo indie developer posting dev logs from {city}
            Retro collector testing old consoles and fixing them
            Speedrunner explaining tricks and skips frame by frame
            Cosy gamer streaming farming sims on Sunday mornings
            Fighting game coach breaking down matchups
            Grandparent gamer reviewing the latest releases
            Esports caster sharing tournament highlights
            Video essays on level design and game history
            """
        ),
        ("tabletop", "coding", "indie_music"),
    ),
    SocialTopic(
        "tabletop",
        "Board games and role-playing",
        "Games",
        0.0,
        lines(
            """
            dungeon master, lawful good
            meeple collector
            games night host
            dice goblin
            will explain the rules for an hour
            """
        ),
        lines(
            """
            Session [recap|write-up]: the party [nearly wiped|befriended the dragon]
            [Heavy euros|Two-player duels] worth learning [this winter|as a couple]?
            Painted my [miniatures|minis] for [Saturday|the finale]
            Our rogue just [pickpocketed|robbed] the king
            Shelf of shame [finally shrinking|getting smaller]
            Is [worker placement|deck-building] [overrated|still fun]?
            Twelve-sided [dice|die] collection [update|getting silly]
            My [paladin|cleric] died [heroically|stupidly]
            Sleeved every card in the [box|base set]
            Crowdfunded [expansion|pledge] finally [landed|turned up]
            [Homebrew|Custom] [subclass|spell list] feedback wanted
            Who else [hates|loves] [traitor mechanics|hidden roles]?
            [Nephew|Niece] beat me at [co-op|a trading game] [again|first try]
            Terrain build: [ruined chapel|goblin caves] [progress|done]
            [Open gaming|Cardboard café] evening in {city} [Friday|this week]
            [Rules lawyer|Min-maxer] energy [tonight|at our table]
            First time behind the [GM screen|referee's screen]
            Campaign [finale|ending] after [two|three] years
            [Legacy|Campaign-in-a-box] [spoiler-free|no spoilers] thoughts
            [Initiative|Turn order] tracker I [3D-printed|made from offcuts]
            Bard rolled snake eyes on [seduction|persuasion]
            Cleared the dining [room|table] for a [six-hour|marathon] sitting
            [Drybrushing|Wash] [technique|questions] for [skeletons|armour]?
            One-shot [horror|mystery] scenario for [Halloween|{month}]
            Solo [mode|variant] [worth it|any good]?
            Which [organiser|foam] insert for [a big box|our monster box]?
            """
        ),
        lines(
            """
            [Four|Six] players, [three|five] hours, [one betrayal|zero regrets]
            Rolled a [natural 20|critical fail] at the [worst|best] possible moment
            Setup took [forever|an hour] but it was [worth it|brilliant]
            [Looking for|Need] [a player|two players] for [our group|a new adventure]
            The [wizard|warlock] tried to [reason with|charm] a [gelatinous cube|mimic] and it went badly
            Score pad says I lost by [two|eleven] points but I'm claiming a moral victory
            [Snacks|Crisps] banned [from|near] the play area after last time
            House rule: whoever [checks the rulebook|flips the board] buys the pizza
            Our [dungeon master|DM] does a [voice|accent] for every tavern keeper
            Primed [grey|black], [base-coated|washed] and [varnished|based] in one weekend
            My partner [hasn't forgiven me for|sulks about] [that trade|the blockade]
            [Victory points|Resource tokens] everywhere and the [cat|toddler] on the map
            Spent longer [reading the manual|punching counters] than actually playing
            [Alliance|Truce] lasted exactly [one round|two turns] before the [backstab|knife]
            Character sheet [covered in|smudged with] [pencil|rubber] marks and [coffee rings|crumbs]
            [Drafting|The draft] took [ages|longer than the rest] because everyone [agonised|dithered]
            Barbarian [grappled|suplexed] the [lich|owlbear] and the whole [room|lot of us] erupted
            Pledged at the [deluxe|all-in] tier, [no regrets|wallet crying]
            Currently [sorting|bagging] the [tokens|components] into [tackle boxes|little zip bags]
            We [finally|eventually] beat the cooperative [scenario|mission] on [hard|nightmare]
            [Next|Our] module starts [in {month}|after the holidays], [two|three] seats left
            [Lost|Won] on a tiebreaker, [gutted|delighted]
            [Learned|Taught] it from a [rules|how-to-play] video and [it clicked|still got it wrong]
            [Level five|Level ten] [fighter|ranger] [at last|now], fireball [next|incoming]
            [Halfling|Gnome] [thief|bard] is now the [mayor|high priest] of a [swamp|small village]
            Dice tower [clattering|rattling] all evening, [neighbours|downstairs] not impressed
            """
        ),
        lines(
            """
            {city} [Board Gamers|Role-Players]
            [Dungeons and Dice|Meeple] Society
            Critical Hits [{city}|Collective]
            Shelf of Shame Support Group
            {city} [Wargamers|Miniature Painters]
            After-Work [Euro|Strategy] Club
            [Beginners'|First-Timers'] Tabletop Corner
            Women Who Roll
            Tavern and Tactics [{city}|Guild]
            Sunday One-Shots
            Cardboard Addicts Anonymous
            {city} Open Play Night
            """
        ),
        lines(
            """
            [Weekly|Monthly] games nights and [campaigns|tournaments]
            Find [players|a table] and [swap games|share house rules]
            A friendly [pub|library] meet-up where someone will always teach you the rules
            Short adventures for people who can't commit to a years-long campaign
            Newcomers welcome: we lend dice, character sheets and patience
            Painting evenings for [minis|terrain] with [brushes|paints] to borrow
            Trade, sell and lend boxed games with other collectors in {city}
            Heavy strategy [fans|nerds] who count victory points for fun
            A welcoming table for women and non-binary players
            Post your [session stories|dice hauls|painted figures] and cheer each other on
            [Tournaments|Leagues] for [card|wargame] players of every level
            """
        ),
        lines(
            """
            {first} Rolls Dice
            The [Meeple|Dungeon] Table
            Critical [Fumble|Failure] Podcast
            Behind the Screen with {first}
            Table Talk with {first} {last}
            Painted by {first}
            The Rules Lawyer's Notebook
            Two Meeples, One Sofa
            {last}'s Dice Drawer
            Tavern Tales [Audio|Pod]
            Shelf Confessions
            """
        ),
        lines(
            """
            [Game reviews|How-to-play] videos and [actual play|campaign] streams
            [Designer|Game master] sharing [tips|homebrew adventures]
            Weekly actual-play episodes of a [pirate|horror] campaign
            Miniature painter posting step-by-step [tutorials|speed paints]
            Teaching complicated rulebooks in under ten minutes
            A couple reviewing two-player games [from our sofa|at the kitchen table]
            Reviews heavy euros and wargames with [spreadsheets|honest scores]
            Retired [teacher|accountant] writing [dungeons|one-shots] for new referees
            Unboxings, [component|insert] guides and shelf tours
            Designing my first card game and sharing every prototype
            """
        ),
        ("video_games", "books_fantasy", "parenting"),
    ),
    SocialTopic(
        "coding",
        "Programming and open source",
        "Tech",
        0.2,
        lines(
            """
            writes code, breaks prod
            open-source maintainer
            Python by day, Rust by night
            tabs vs spaces veteran
            self-taught developer
            terminal dweller
            """
        ),
        lines(
            """
            [Shipped|Released] [v2.0|my first library]!
            Chasing a [race condition|memory leak] for [three days|a week]
            Which [editor|mechanical keyboard] for [long sessions|2026]?
            Pull request etiquette: [thoughts|hot takes]?
            [Learning|Switching to] [Rust|Go|TypeScript]: [first impressions|week one]
            It's always DNS
            Deleted [4,000|10,000] lines and nothing broke
            Someone force-pushed to main [again|on a Friday]
            [Rewrote|Ported] our [build scripts|CLI] in an afternoon
            My [side project|weekend hack] got its first [star|issue from a stranger]
            Unpopular opinion: [ORMs|microservices] [are overrated|were a mistake]
            Pager went off at [3am|4am] [again|twice]
            Regex [finally|somehow] works and I [don't know why|fear it]
            [Monorepo|Cloud] migration: [week one|post-mortem]
            Type hints saved me from myself
            [Whiteboard|Take-home] interview [prep|horror stories]
            First [merged|accepted] contribution to a [proper|huge] [project|compiler]
            Off-by-one [errors|mistakes], the [classic|eternal] [enemy|foe]
            [Inherited|Legacy] [COBOL|Perl] [codebase|module] survival thread
            [Dotfiles|Shell setup] show-and-tell
            Why is my container image [2GB|so huge]?
            Refactoring [Friday|Sunday]: before and after
            [Segfault|Null pointer] at [midnight|2am], send [coffee|help]
            Puzzle calendar day [12|17] [broke me|done]
            Wrote my own [interpreter|toy language] [for fun|this weekend]
            Rubber duck [debugging|session] actually [worked|helped]
            """
        ),
        lines(
            """
            [Pipeline|Test suite] [green|passing] at last
            Turned out it was a [missing semicolon|timezone bug|caching issue] all along
            [Contributions|Issues] [welcome|open] on the repo
            Benchmarks [in the readme|linked below]
            [Stack trace|Traceback] was [forty|two hundred] frames deep and [none|not one] of them [mine|useful]
            Coverage went from [40|55] to [85|90] percent over the sprint
            [Linter|Formatter] now runs on [every commit|pre-commit] so the [bikeshedding|arguments] can stop
            Spent the [morning|afternoon] bisecting [two hundred|eighty] commits
            [Compiler|Borrow checker] [errors|complaints] are [kinder|friendlier] than [my last manager|some colleagues]
            Rolled back [twice|three times] before the [hotfix|patch] stuck
            [Flaky|Intermittent] [integration|end-to-end] [tests|checks] are [the worst|pure evil]
            Pairing with a [junior|new starter] taught me more than I taught [them|her]
            Latency [dropped|fell] from [800|450] milliseconds to [90|40]
            [Dependency|Package] upgrade [cascaded|spiralled] into [forty|a hundred] [breaking changes|deprecation warnings]
            [Naming things|Cache invalidation] remains [the hardest problem|undefeated]
            New [switches|keycaps] [arrived|are clacking] and my [flatmate|partner] [hates|tolerates] it
            Permissive [licence|licensing], so [fork away|go wild]
            [Stand-up|Retro] [ran|overran] [forty|twenty] minutes, [again|naturally]
            Kept the old endpoint alive behind a [feature flag|toggle]
            Heap corruption only [reproduces|shows up] on the [build server|release build]
            [Wrote|Added] a [property-based|fuzz] test and it found [three|five] edge cases [instantly|in minutes]
            [Merge|Rebase] conflicts [across|in] [twelve|thirty] files, [wish me luck|send snacks]
            [Docs|Changelog] written before shipping, [growth|character development]
            The production database [survived|is fine], [somehow|barely]
            Async all the way down and still [blocking|deadlocked]
            Profiler [showed|revealed] [one|a single] [loop|function] eating [most|nine tenths] of the runtime
            """
        ),
        lines(
            """
            {city} [Developers|Python Meetup]
            [Open Source|Hack Night] Contributors
            {city} Rustaceans
            Women in [Code|Software] {city}
            Bootcamp Grads Study Circle
            After-Hours Hackers
            Legacy Code Support Group
            {city} [Functional Programming|JavaScript] Meetup
            Terminal Dwellers' Club
            Lunchtime Code Katas
            Self-Taught Devs [{city}|Network]
            The Off-By-One Society
            """
        ),
        lines(
            """
            [Talks|Hack nights] and [code reviews|pairing] [every month|weekly]
            For [developers|students|maintainers] of every level
            Lightning talks, pizza and a whiteboard every [second|last] Thursday
            Friendly help for people learning to program [later in life|as a career change]
            We pick an open-source bug and fix it together in one evening
            Share [side projects|portfolios] and get honest [feedback|reviews]
            A support space for women and non-binary [engineers|programmers]
            Weekly katas in a language none of us use at work
            Swap war stories about [inherited|ancient] systems nobody dares to touch
            Mock interviews, CV reviews and [salary|job] chat for juniors
            """
        ),
        lines(
            """
            {first} Codes
            The [Stack|Commit] Log
            Null Pointer [Podcast|Diaries]
            Refactor with {first}
            {last}'s Terminal
            Byte-Sized [Lessons|Tutorials]
            The Rubber Duck [Show|Hour]
            Tabs and Spaces
            {first} Ships It
            Merge Conflict [Radio|Weekly]
            Compile Time with {first} {last}
            """
        ),
        lines(
            """
            [Programming tutorials|Live coding] and [project walkthroughs|career advice]
            [Engineer|Maintainer] sharing [tips|open-source work]
            Backend engineer streaming [bug hunts|refactors] most weeknights
            Explaining algorithms with [hand-drawn diagrams|animations]
            Maintainer of a small parsing library, writing about burnout and joy
            Self-taught developer documenting the road from bootcamp to senior
            Short videos on [testing|debugging] habits that save hours
            Newsletters and [opinions|rants] about developer tooling
            Former physicist turned [data engineer|systems programmer], posting notes
            Weekly interviews with people who build [compilers|databases]
            """
        ),
        ("startups", "video_games", "astronomy"),
    ),
    SocialTopic(
        "startups",
        "Founders and start-ups",
        "Tech",
        0.0,
        lines(
            """
            building something new
            second-time founder
            bootstrapped and proud
            pitch decks and late nights
            ex-consultant, now building
            """
        ),
        lines(
            """
            [We raised|Closed] our [pre-seed|seed round]!
            [Hiring|Looking for] a [co-founder|first engineer] in {city}
            Lessons from [failing|scaling] my [first|last] company
            Demo day [nerves|prep]
            Churn [advice|question] for [SaaS|marketplace] builders
            Hit [£10k|£50k] MRR [this month|after two years]
            Term sheet [signed|in hand]: [what to check|red flags]?
            [Pivoting|We pivoted] [again|for the third time]
            Our [biggest|first enterprise] account just signed
            Cold [emailed|pitched] [forty|sixty] [VCs|angels]: what happened
            Runway down to [six|four] months
            [Accelerator|Incubator] application in for the {month} cohort
            [Equity split|Vesting schedule] between partners: [help|fair?]
            Launch [day|week] post-mortem: [3|40] sign-ups
            Bootstrapped vs [venture-backed|funded]: [year two|honest take]
            [Board meeting|Investor update] [prep|template] thread
            Quit my [consulting|corporate] job to go full-time
            First [paying|paid] [user|client]!!
            [Cap table|SAFE notes] explained simply
            Selling to [councils|hospitals|banks]: procurement from hell
            Burnout check-in for [solo|lonely] founders
            [Acquisition|Acqui-hire] offer on the table: [take it|walk away]?
            Laid off [a third|half] of the team, [hardest day|gutted]
            [Landing page|Waitlist] roast wanted
            [Remote|Hybrid] or office for a [ten-person|tiny] team?
            Innovation grant [approved|rejected], [celebrating|regrouping]
            """
        ),
        lines(
            """
            Eighteen months of [building|grinding] and [finally|still] [profitable|learning]
            [Talk to users|Ship fast] remains the best advice
            [Investors|Customers] [asked|care] about [retention|unit economics]
            DMs open if you want to [chat|compare notes]
            [Burn rate|Monthly spend] is [down|halved] and [revenue|bookings] [doubled|grew] quarter on quarter
            [Payroll|Salaries] [cleared|went out] with [two|three] days to spare
            The deck went through [fourteen|twenty] [versions|drafts] before anyone [said yes|bit]
            [Lawyers|Legal fees] ate [more than|half] the raise
            [Dilution|Valuation] matters less than having the right [partners|backers]
            Every [angel|backer] wanted to know about our moat
            [Conversion|Activation] from [trial|free tier] to paid is stuck at [2|3] percent
            We [killed|sunset] [half|most] of the roadmap and usage went up
            [Hustle culture|Grind-set] is [overrated|a trap]; sleep is a competitive advantage
            [Ninety|Fifty] [discovery calls|customer interviews] in, the problem is [real|clearer]
            [Sales|Enterprise] pipeline looks [healthy|thin] going into [Q3|{month}]
            Our [accountant|bookkeeper] [cried|laughed] at [the spreadsheet|our forecast]
            Co-working [desk|rent] is the only [luxury|perk] we allow ourselves
            Product-market fit [feels|felt] like being pulled rather than pushing
            Recruiting slowly and letting go quickly is [still brutal|harder than it sounds]
            A competitor [raised|announced] [£20m|a huge round] and [we're fine|I didn't panic]
            [Two|Three] [advisors|mentors] said the complete opposite
            Margins are [thin|tight] but [LTV|lifetime value] [finally|now] beats [CAC|acquisition cost]
            Personally [answering|handling] every support ticket at [midnight|weekends]
            Cofounders [argued|disagreed] [for hours|all weekend] then [hugged it out|shook hands]
            [Exit|Liquidity] isn't the goal, a durable business is
            Pitched [to a room|in front of two hundred people] with zero slides
            """
        ),
        lines(
            """
            {city} [Founders|Start-up] Network
            [Bootstrappers|Indie Hackers] Club
            Solo Founders Circle
            Pre-Revenue and Proud
            {city} [Tech|Climate] Founders Breakfast
            Women Who Found
            Side Hustle to Full-Time
            First-Time Founders [{country}|Collective]
            Ramen Profitable Society
            Pitch Practice [{city}|Night]
            Hardware Start-ups Guild
            """
        ),
        lines(
            """
            [Pitch practice|Founder dinners] and [investor intros|peer support]
            For [early-stage|first-time] founders [and operators|building anything]
            Monthly breakfasts where founders swap honest numbers, not vanity metrics
            Peer groups of six who meet [weekly|fortnightly] to hold each other accountable
            Rehearse your pitch in front of friendly angels before the real thing
            For people building [profitable|calm] companies without outside money
            A network of women founders sharing [contacts|term sheets] and [support|war stories]
            Legal, tax and hiring questions answered by people who've been there
            From [idea|napkin sketch] to first customer in twelve weeks, together
            Demo nights every quarter with [local|regional] investors in the room
            """
        ),
        lines(
            """
            {first} Builds
            The [Runway|Pivot] Podcast
            Zero to Seed
            Ramen and Revenue
            {first} {last} on [Founding|Fundraising]
            The Burn Rate
            Cap Table Confessions
            Default Alive [Weekly|Notes]
            Founder Mode with {first}
            Hockey Stick [Diaries|Daily]
            The Term Sheet
            """
        ),
        lines(
            """
            [Founder interviews|Start-up stories] and [growth|fundraising] advice
            [Investor|Operator] sharing [playbooks|lessons]
            Second-time founder writing openly about [revenue|mistakes] every month
            Angel investor explaining how [deals|rounds] actually get done
            Building a bootstrapped [tool|business] in public, numbers included
            Weekly conversations with founders who [failed|sold] and started again
            Former [banker|consultant] breaking down [pitch decks|cap tables]
            Templates for [hiring|board updates] and [fundraising|sales] from a serial founder
            Stories from the messy first two years of a [climate|health] start-up
            Growth marketer sharing [experiments|launch tactics] that worked and flopped
            """
        ),
        ("coding", "coffee"),
    ),
    SocialTopic(
        "astronomy",
        "Astronomy and stargazing",
        "Science",
        -0.1,
        lines(
            """
            night-sky chaser
            owns more telescopes than chairs
            dark skies advocate
            aurora hunter
            collecting Messier objects
            """
        ),
        lines(
            """
            [Aurora|Northern lights] [from the garden|over the bay]!
            First [image|photo] of [Saturn's rings|the Andromeda galaxy]
            [Which|Best] telescope for [a beginner|under €500]?
            Perseids [peak|forecast] this [weekend|week]
            [Clear skies|Overcast again] [report|update] from {city}
            Jupiter's [moons|Great Red Spot] through a [70mm|small] refractor
            Caught the space station [passing over|in transit]
            [Total|Annular] eclipse [trip|plans] to {country}
            Collimation [help|nightmare]: Newtonian edition
            Messier marathon tally: [62|87] of 110
            Green comet [spotted|visible] low in the [north-west|west]
            [Orion Nebula|Horsehead] in [narrowband|one-shot colour]
            [Moon|Lunar] terminator [close-up|mosaic] from my driveway
            Streetlamps [replaced|upgraded] with [blue-white|brighter] LEDs, [rant|sigh]
            Equatorial mount [polar alignment|autoguiding] [woes|sorted]
            Noctilucent clouds [at|around] [half eleven|midsummer]
            [Venus|Mercury] [at greatest elongation|low at dusk]
            Binocular [astronomy|observing] with [kids|the family]
            [Spotted|Found] [my first|a faint] globular cluster
            Dew [heater|strap] [worth buying|recommendations]?
            Milky Way core [season|is back] [at last|down south]
            Bortle [2|3] site [discovered|found] near {city}
            [Sunspot|Solar] activity through a [hydrogen-alpha|white-light] filter
            Finder scope or red-dot [sight|pointer]?
            Mars at opposition [photos|sketches]
            Variable star [estimates|log] for {month}
            """
        ),
        lines(
            """
            [Two hours|Forty minutes] of [exposures|integration] and [it was worth it|the clouds rolled in]
            [Seeing|Transparency] was [excellent|poor] after [midnight|1am]
            Observatory [trip|visit] [planned|booked] for [Saturday|next month]
            [Bring|Pack] a [red torch|flask] and [warm layers|patience]
            [Stacked|Processed] [300|800] subframes with [darks|flats] and [bias frames|no calibration]
            Dark adaptation [ruined|wrecked] by a [neighbour's|passing car's] headlights
            [Averted vision|Patience] [finally|eventually] [brought out|revealed] the [spiral arms|dust lanes]
            [Frozen|Numb] [fingers|toes] at minus [four|six] but [zero regrets|the sky was ridiculous]
            Limiting magnitude [6.5|six] [to the naked eye|at the zenith]
            Forecast [promised|said] [cloudless|clear] [until 3am|all night], reality [disagreed|had other ideas]
            Guiding error under [one|half an] arcsecond for the [whole|entire] session
            [Kids|My daughter] [gasped|squealed] at the craters and [that made my year|now wants a scope]
            Sketched it by red light [with|using] [pencil|charcoal] [on black card|in my notebook]
            Moonrise [washed out|drowned] everything faint [by ten|after eleven]
            [Sixty|Eighty] [meteors|shooting stars] in [an hour|ninety minutes], [a couple|two] [fireballs|bolides]
            Light grasp of a [ten-inch|twelve-inch] mirror never fails to amaze me
            Cooling the [sensor|camera] to minus [ten|twenty] [killed|cut] [the noise|amp glow]
            Kept the observing log going: entry number [400|four hundred]
            [Satellite|Aeroplane] trails [photobombed|crossed] [half|most] of the [frames|subs]
            [Planisphere|Star chart] and a [deckchair|camping mat] [are all you need|beat any app]
            [Treeline|Rooftops] [hide|block] anything below [twenty|thirty] degrees
            Local society lent me [their|a] [loaner scope|spare Dobsonian] for [a month|{month}]
            That light [left|set off] [two million|thousands of] years ago, which still [blows my mind|gets me]
            [Barlow|Eyepiece] swap pushed [magnification|power] to [200x|250x] until the atmosphere [boiled|wobbled]
            """
        ),
        lines(
            """
            {city} [Astronomical Society|Stargazers]
            [Dark Sky|Astrophotography] Group
            Clear Skies {city}
            Backyard Observers [Network|Club]
            Women in Astronomy {country}
            Meteor Watch {country}
            Cloudy Night Club
            Beginners' Telescope Clinic
            {city} Solar Observers
            Aurora Alerts [{country}|North]
            Deep Sky Imagers Collective
            Lunar and Planetary Section
            """
        ),
        lines(
            """
            [Observing nights|Star parties] and [talks|workshops] every month
            Share [images|sightings] and [telescope advice|sky forecasts]
            Bring your unused scope and we'll help you get it working
            Real-time alerts when the geomagnetic forecast looks promising
            Monthly lectures plus a members' observatory on the edge of {city}
            For imagers swapping processing workflows and [guiding|calibration] tips
            Campaigning for darker streets and shielded lighting in our towns
            A place to moan about the weather and celebrate the rare clear gap
            Family-friendly evenings with binoculars, planispheres and hot chocolate
            Counting meteors together and sending the data to [professional|national] surveys
            """
        ),
        lines(
            """
            {first} Under the Stars
            The [Night Sky|Nebula] Notebook
            Photons from {last}
            Eyepiece Diaries
            Backyard Cosmos with {first}
            [Light Years|Parsec] Podcast
            {first}'s Sky Tonight
            Low Horizon Astro
            The Cloudy Astronomer
            Deep Field {last}
            Dark Adapted
            """
        ),
        lines(
            """
            [Astronomy explainers|Sky guides] and [astrophotography|observing] tips
            [Astronomer|Astrophotographer] sharing [images|news from space]
            Monthly what's-up guides for [naked-eye|binocular] observers
            Imaging galaxies from a light-polluted suburb and showing every step
            Retired physics teacher explaining [black holes|exoplanets] without the maths
            Travelling to [eclipses|dark sites] and filming the whole trip
            Reviews of [eyepieces|mounts] and [beginner scopes|cameras] on a budget
            Amateur [planetary|solar] imager posting weekly captures
            Podcast about the history of [comets|constellations] and the people who named them
            Hunting aurorae across {country} and sharing live forecasts
            """
        ),
        ("photography", "coding", "hiking_wild"),
    ),
    SocialTopic(
        "dogs",
        "Dog owners",
        "Family & Pets",
        0.3,
        lines(
            """
            spaniel mum
            professional ball thrower
            my dog is my personal trainer
            rescue greyhound parent
            muddy paws, full heart
            """
        ),
        lines(
            """
            Gotcha day for [our rescue|my best boy]!
            [Pulling|Barking|Recall] help for a [puppy|teenage lab]?
            [Pub|Beach] that welcomes four-legged [guests|friends] near {city}?
            Zoomies [in pictures|at the park]
            [Vet|Insurance] [bills|advice] for an [older|anxious] hound
            She ate a whole [sock|tea towel] [again|overnight]
            [First|Second] training class: [chaos|we passed]
            [Spaniel|Lurcher] vs [squirrel|pigeon]: [round 47|the rematch]
            Raw feeding or kibble: [your thoughts|the eternal debate]?
            [Harness|Slip lead|Long line] [recommendations|that actually works]?
            Muddiest walk of the [year|winter]
            Crate training [night one|week two]
            [Greyhound|Whippet] [roaching|upside down] on the settee
            Groomer [gave|left] him a [tragic|questionable] haircut
            Reactive [walker|terrier] support thread
            Adopted a [senior|retired racing] [girl|lad]
            [Fireworks|Thunderstorm] night survival [plan|kit]
            Who else's pooch [hates|refuses] the [bath|hose]?
            [Agility|Flyball] [trial|competition] [results|debut]!
            Rainbow bridge: farewell to my [old girl|old boy]
            Chewed [skirting board|sofa cushion] confession
            [Sniffari|Scent walk] through the [woods|forest] at dawn
            Tennis ball [obsession|hoarding] level: [expert|extreme]
            [Neutering|Spaying] [timing|age] [advice|opinions]?
            Sitter [needed|wanted] for [{month}|half term]
            Caught [stealing|pinching] [toast|sausages] off the worktop
            """
        ),
        lines(
            """
            [Three|Ten] [years|months] since we brought [him|her] home and [not a single regret|the sofa is ruined]
            [Soaked|Covered in mud] but [so happy|never happier]
            Tail hasn't stopped [wagging|wiggling] since breakfast
            [Ten|Fifteen] [kilos|kilograms] of [pure|solid] [chaos|muscle] and drool
            [Treats|Liver cake] in one pocket, [poo bags|a squeaky toy] in the other
            Tried a [flirt pole|snuffle mat] and [our girl|our lad] was [hooked|unimpressed] in seconds
            [Behaviourist|Trainer] says [patience|consistency] and [high-value rewards|short sessions]
            Sleeping [upside down|on my pillow] [snoring|twitching] like a [walrus|chainsaw]
            [Twelve|Fourteen] years [young|old] and still [raids|nicks from] the bin
            Fur on all my [jumpers|cushions]
            Came back first whistle, proud [owner|mum] moment
            [Shelter|Kennels] said [she|he] needed a quiet home
            [Booster|Annual] jabs done and [worming|flea treatment] up to date
            [Collie|Labrador] cross, [mostly|about 80 percent] [appetite|legs]
            Loose-lead [manners|walking] [are|is] [improving|a work in progress]
            [Rolled|Wallowed] in [fox poo|something unspeakable] moments after the [shampoo|grooming]
            [Barked|Growled] at [a bin bag|his own reflection] for [ten minutes|an age]
            Buried a [bone|chew] [in the cushions|under my duvet]
            That [waggy|wiggly] welcome at the [door|gate] makes every [shift|workday] worth it
            [Booked|Hired] an enclosed field so [she|he] could sprint safely
            Nose glued to [each|every] lamppost for [three miles|half an hour]
            Cheese for every [trick|command], [no wonder|so obviously] [she's|he's] keen
            Moulting season and the hoover is losing
            Nurse weighed [him|her] and we're on a [diet|strict diet] now
            [Snoozing|Dozing] [by the fire|in a sunbeam] after a [long|big] ramble
            Sit-stay [practice|drills] [outside the chippy|at the station] went [better than expected|brilliantly]
            """
        ),
        lines(
            """
            {city} [Dog Walkers|Pup Meetup]
            [Rescue|Senior] Dogs of {city}
            Spaniel Owners [Anonymous|Club]
            Reactive Dogs Support [Group|Network]
            Muddy Paws [{city}|Social]
            Puppy Parents [Circle|Club]
            Lurchers and Sighthounds {country}
            Sunday Pack Walk [{city}|Crew]
            Flyball and Agility [{city}|Team]
            Greyhound Adopters' Lounge
            Dog-Friendly {city}
            Wet Nose Club
            """
        ),
        lines(
            """
            [Group walks|Puppy socials] and [training tips|dog-friendly finds]
            For [dog lovers|owners] of [every breed|rescues and pups]
            Weekend walks for sociable dogs and their humans
            Support for owners of [nervous|reactive] dogs, no judgement, ever
            Recommend [cafés|pubs] and beaches where four-legged friends are welcome
            Swap training wins, lost-and-found alerts and vet recommendations in {city}
            For anyone who has adopted a retired racer or plans to
            Puppy socialisation meet-ups in [enclosed fields|quiet parks]
            Share photos of your [pooch|hound] covered in mud
            Fundraising [walks|dog shows] for local [rescues|shelters]
            Advice and kindness for golden oldies and the people who love them
            """
        ),
        lines(
            """
            {first} and the [Pack|Spaniel]
            Tales of a [Rescue|Muddy] Mutt
            Pawprints with {first} {last}
            The Good Boy [Gazette|Report]
            {last} Dog Training
            Sofa Hound Diaries
            Wagging Tails Podcast
            Sit, Stay, {first}
            Walkies with {first}
            The Reactive Rover
            Biscuit Thief [Chronicles|Weekly]
            """
        ),
        lines(
            """
            [Dog training|Behaviour] [videos|advice] from a [trainer|behaviourist]
            [Adventures|Daily life] with [three rescue dogs|a very naughty puppy]
            Qualified trainer sharing [recall|loose-lead] games you can play at home
            Vet nurse answering [health|nutrition] questions every [Friday|week]
            Three retired greyhounds, one tiny sofa and daily [videos|photos]
            Reviewing muddy walks across {country}
            Behaviourist explaining [body language|calming signals] in short clips
            Groomer posting [before-and-after|transformation] videos
            Diary of a first-time owner and a very stubborn [beagle|terrier]
            Homemade treats and [frozen|lick-mat] recipes for hungry hounds
            """
        ),
        ("hiking_wild", "parenting"),
    ),
    SocialTopic(
        "parenting",
        "Parents",
        "Family & Pets",
        0.3,
        lines(
            """
            mum of three, running on fumes
            dad of two little chaos agents
            surviving the toddler years
            school-run veteran
            sleep is a distant memory
            """
        ),
        lines(
            """
            [Toddler|Teething|Sleep regression] survival tactics please
            [Wet weekend|Half-term] ideas for under-fives in {city}?
            [First|Last] day of [reception|nursery]!
            Baby-led weaning: [broccoli carnage|yoghurt on the ceiling]
            Potty training week: send reinforcements and carpet cleaner
            [Screen time|Bedtime] battles in your house?
            The 4am [feed|wake-up] club checking in
            Which [buggy|pushchair] survives [cobbles|gravel paths]?
            [Nit|Headlice] letter from the head teacher again
            Meltdown in the supermarket queue, [again|obviously]
            Rear-facing car seat [question|dilemma]
            World Book Day costume panic
            Sibling rivalry has reached new heights
            [Lunchbox|Packed lunch] inspiration for a fussy eater?
            Our [newborn|little one] finally latched!
            [Teenager|Thirteen-year-old] communicating only in grunts
            Nativity [tears|triumph]: [third sheep|innkeeper number two]
            Swimming lessons or toddler gymnastics?
            Dropping the lunchtime nap. Send help
            Parents' evening went [better|worse] than expected
            Moving from cot to [big bed|bunk beds]
            Pocket money: how much at [seven|nine]?
            Grandparents [spoiling|sugaring up] the [grandchildren|little ones]
            [Crawling|First steps|First word] at last
            Secondary school applications [deadline|stress] in {city}
            Stay-at-home [mum|dad] loneliness is real
            [Colic|Reflux] remedies that actually worked?
            Party bags for a sixth birthday: [yay|nay]?
            """
        ),
        lines(
            """
            Three kids, one nap and [so much|endless] coffee
            Tiny win: [he ate a carrot|she slept until six]
            [Recommendations|Suggestions] for soft play gratefully received
            [Proud|Emotional] [mum|dad] moment, not going to lie
            Wipes in every pocket and raisins crushed into the car upholstery
            The reading folder came home chewed, by the dog we think
            Nobody warned me how loud [a two-year-old|a four-year-old] can be at dawn
            The health visitor says [he's|she's] right on track, so deep breaths
            Our youngest now negotiates like a tiny lawyer
            Grateful for the [class WhatsApp|school-gate] crowd for once
            Currently hiding in the bathroom with a cold cup of tea
            Sticker charts work until they suddenly don't
            Calpol and cartoons on repeat [tonight|all afternoon]
            Bath, book, bed, and then [three|five] more glasses of water
            Mine refuses anything green unless it's disguised in pasta sauce
            The uniform from September already has holes in both knees
            Partner on nights, so it's solo bedtime all week
            Lego underfoot at [midnight|2am], the ultimate pain
            Any other [dads|fathers] out there feeling the same?
            The staff at the children's centre were honestly lifesavers
            Teething gel, cuddles and a lot of pacing the landing
            The childcare fees this term could pay a mortgage
            Told my eldest the ice cream van plays music when it's sold out
            Muslin cloths: you can never own too many
            [Four|Five] loads of washing daily and still no clean PE kit
            The mum guilt is heavy [today|this week]
            """
        ),
        lines(
            """
            {city} [Parents|Baby and Toddler] Group
            [New Dads|Working Parents] Circle
            Buggy Walkers {city}
            Tired But Thriving
            The Sleepless Society
            {city} SEND Families Network
            Single Parents Support {city}
            School Gate Survivors
            Twins and Multiples Collective
            Surviving the Teen Years
            Home Educators of {city}
            Dads' Saturday Playgroup
            """
        ),
        lines(
            """
            [Playdates|Meet-ups] and [advice|moral support] for [parents|carers]
            [Swap|Share] [baby kit|school tips|days out]
            A judgement-free corner for anyone raising small humans
            We meet at the park cafe every Tuesday morning with prams in tow
            Hand-me-downs, outgrown shoes and spare cots find new homes here
            Support for families navigating EHCPs, assessments and waiting lists
            Late-night feeds are lonelier without someone to message at 3am
            Mums, dads, grandparents and guardians all welcome
            Sharing the highs and lows of raising teenagers, eye-rolls included
            Local holiday clubs, childminders and nursery reviews swapped honestly
            Weekly stay-and-play sessions in the church hall, tea provided
            """
        ),
        lines(
            """
            {first}'s Family Diary
            The School Run Podcast
            Nap Time Notes
            Raising Littles with {first}
            Mum on the Edge
            The {last} Household
            Tantrums and Tea
            Small Humans HQ
            Half-Term Hero
            Dad Jokes and Nappies
            The Tired Parent Hour
            """
        ),
        lines(
            """
            [Honest|Funny] [parenting|family] [stories|videos] and [tips|days out]
            [Midwife|Child psychologist] answering [your questions|common worries]
            Mum of four documenting the chaos from breakfast to bedtime
            Stay-at-home dad sharing budget meals and rainy-day crafts
            Former nursery teacher with gentle ideas for toddler behaviour
            Weekly episodes on sleep, schooling and staying sane
            Single mum writing candidly about co-parenting and money
            Paediatric nurse busting myths about fevers, rashes and teething
            Family days out around {city} reviewed by two very picky children
            Adoptive parents talking about attachment, identity and love
            """
        ),
        ("dogs", "knitting_crafts", "tabletop"),
    ),
    SocialTopic(
        "yoga_mindfulness",
        "Yoga and mindfulness",
        "Lifestyle",
        0.1,
        lines(
            """
            breathing, slowly
            sunrise flows and herbal tea
            yoga teacher in training
            meditating through the chaos
            finding balance, one pose at a time
            """
        ),
        lines(
            """
            Day [30|100] of [daily practice|morning sits]!
            Favourite [block|bolster] for home sessions?
            [Headstand|Crow pose] [finally|nearly] clicked
            Silent retreat in the [mountains|hills] this [spring|summer]
            Box breathing saved my [commute|Monday]
            Hot studio or unheated? Genuinely torn
            Savasana is [harder|trickier] than it looks
            [Vinyasa|Ashtanga|Hatha] classes in {city}?
            Ten days of Vipassana: [some reflections|what I learnt]
            Sun salutations on the beach at dawn
            Tight hamstrings and forward fold frustrations
            Is a [200-hour|300-hour] teacher training worth it?
            Chanting [Om|mantras] felt silly at first
            Restorative session after a [brutal|rough] week
            Gratitude journal, [week six|month two]
            Meditation app streak broken, starting over
            Sound bath in {city} on [Friday|Saturday]
            Yin sequence for lower back pain
            Wandering mind during body scans
            Pranayama before [work|coffee] changed my mornings
            Handstand drills against the kitchen door
            Kundalini: has anyone [tried|felt] it?
            Loving-kindness towards difficult people
            Aerial [hammock|silks] class, first attempt
            Downward dog with a cat underneath
            Lotus position and my creaky knees
            """
        ),
        lines(
            """
            [Twenty|Ten] minutes [every morning|before sleep] and insomnia has eased
            [Slow|Gentle] stretching with candles lit and rain outside
            [Patience|Consistency] over [perfection|intensity], always and forever
            [Namaste|Be kind to yourself], friends, wherever you are
            Noticed my shoulders creeping towards my ears and let them drop
            The instructor reminded us that the breath leads and the body follows
            Cork bricks and a strap make everything feel possible
            Left feeling [lighter|grounded] than I have in weeks
            Inhale for four, hold, exhale for [six|eight], repeat until calm
            Honouring what my body asks for rather than forcing it
            Lavender eye pillow on, phone on aeroplane mode
            Sitting with discomfort instead of scrolling away from it
            My [spine|hips] felt spacious for the first time in ages
            A singing bowl rang out and the whole room exhaled together
            Trying to observe thoughts like clouds drifting past
            Barefoot on the grass afterwards, completely present
            Ujjayi sounds like the ocean once you get the hang of it
            Still wobbly on one leg, but tree pose is getting steadier
            Herbal tea, incense and a notebook: my [evening|Sunday] ritual
            No judgement, no competition, just showing up on the mat
            Anxiety [quieter|softer] today, and I'll take that
            Om shanti to everyone who needs this
            Props are not cheating, as our [guide|tutor] loves to say
            Lunchtime stillness in the office stairwell, [ten|five] unhurried breaths
            Stiff as a board in January, more supple by summer
            """
        ),
        lines(
            """
            {city} [Yoga|Meditation] Circle
            [Mindful|Slow] Living Group
            Sunrise Salutations {city}
            Stillness in the City
            Bendy Beginners
            Men's Yoga {city}
            The {city} Sangha
            Lunchtime Breathers
            Yin and Tonic
            Silent Sitters Society
            Mums on Mats
            Gentle Chair Yoga for Over-60s
            """
        ),
        lines(
            """
            [Free|Donation-based] [classes|sits] in the park [every Sunday|weekly]
            [Share|Discuss] [practices|retreats|books] on calm living
            Twenty quiet minutes together before the working day begins
            No flexibility required, just curiosity and a blanket
            We sit in silence, then chat over chai afterwards
            A space to swap favourite teachers, studios and online flows
            Beginners welcome, bring a towel if you lack a mat
            Monthly walking meditations along the river, rain or shine
            Exploring breathwork, journaling and kinder ways to talk to ourselves
            Seated and standing stretches adapted for stiff joints
            Parents squeezing a little calm into nap times
            """
        ),
        lines(
            """
            Yoga with {first}
            The Stillness Project
            Breathe with {first} {last}
            Mat and Mind
            The Mindful Minute
            Om Sweet Om
            Flow State Studio
            Quiet Mind Quarterly
            The Bendy Bookkeeper
            Sit Still Podcast
            {last} Meditations
            """
        ),
        lines(
            """
            [Guided|Short] [flows|meditations] for [busy people|beginners]
            [Teacher|Therapist] sharing [practices|mindfulness tips]
            Accountant by day who unrolls a mat every evening
            Certified instructor posting fifteen-minute routines for stiff backs
            Weekly episodes on breath, attention and gentle habits
            Former stressed-out lawyer exploring Buddhist teachings
            Sleep stories and body scans to help you wind down
            Studio owner in {city} sharing sequences and playlists
            Trauma-informed practice for people who feel out of place in class
            Tips on cushions, posture and keeping a meditation habit
            """
        ),
        ("vegan_cooking", "weightlifting", "trail_running"),
    ),
    SocialTopic(
        "weightlifting",
        "Gym and strength",
        "Sport & Fitness",
        0.2,
        lines(
            """
            leg day enthusiast
            powerlifter, 200 kg deadlift club
            gym at 5am, no excuses
            counting macros and reps
            chasing strength, not scales
            """
        ),
        lines(
            """
            New deadlift PR: [180|200|220] kg!
            Push-pull-legs [split|programme] questions
            Home gym build on a [shoestring|tight budget]
            Form check: squat depth?
            [Cut|Bulk] update, week [8|12]
            Bench stuck at [100|90] kg for months
            First powerlifting meet entered!
            Creatine: loading or not?
            Knee sleeves vs wraps
            Snatch [technique|footwork] falling apart overhead
            Clean and jerk felt smooth [tonight|this morning]
            Lifting straps: cheating or sensible?
            Double bodyweight sumo pull!
            Deload week and I'm climbing the walls
            RPE or percentages for peaking?
            Rack pulls for a weak lockout
            Etiquette: curling in the squat rack
            Hack squat or leg press for quads?
            Whey that doesn't taste like [cardboard|chalk]
            Chasing 5x5 on overhead press
            Lower back tweak after good mornings
            Hypertrophy block: sets to failure?
            Kettlebell swings in the garden at dawn
            Belt sizing for a novice
            Weigh-in tomorrow, water cut nerves
            Pull-ups from zero to [five|eight]
            """
        ),
        lines(
            """
            [Progressive overload|Consistency] and [sleep|eating enough] did it
            Headphones in, hype music on, chalk everywhere
            [Three|Five] sessions a week for [a year|six months] straight
            [Feedback|Critique] appreciated, so please be brutal
            Grip gave out before my legs did, annoyingly
            Bar whipped on the way up and the whole floor cheered
            Tracked every gram of [chicken|rice] in the app this block
            DOMS so bad I [walked downstairs backwards|couldn't sit down properly]
            Coach says bracing harder will fix the wobble
            Missed the final rep but the speed off the floor was there
            Upped calories by [two hundred|three hundred] and the numbers moved immediately
            Hips shooting up first, I reckon, so paused reps next
            Flat shoes or heeled lifters, still undecided
            Resting [three|four] minutes between sets feels like a lifetime
            Spotter saved me on rep [nine|ten], cheers mate
            Hook grip hurts the thumbs for the first month, apparently
            Ankle mobility turned out to be the real culprit
            Tin of tuna and rice cakes wolfed down an hour beforehand
            Filmed my sets side-on so the bar path is clear
            Olympic platform and bumpers finally installed in the garage
            Hitting protein targets is basically a part-time job
            Dumbbells only went up to [32|40] kilos, so got creative
            Warm-ups felt heavy, then everything flew
            Magnesium, foam rolling and nine hours in bed
            Veins popping and a pump worth the soreness
            """
        ),
        lines(
            """
            {city} [Lifters|Strength] Club
            [Powerlifting|Home Gym] Crew
            Iron Sisters {city}
            Garage Gym Collective
            Over-40s Barbell Club
            Deadlifts Before Breakfast
            {city} Weightlifting Academy
            Meathead Book Club
            Novice Gains Support Group
            Plate Maths Appreciation Society
            After-Work Iron {city}
            """
        ),
        lines(
            """
            [Training partners|Spotters] and [programme advice|meet prep]
            For [lifters|gym-goers] of every level
            Women supporting women under the bar, no bro-science allowed
            Post your garage setups, second-hand racks and DIY platforms
            Snatch and clean and jerk sessions coached three evenings a week
            Older beginners building muscle safely and sensibly
            We read books between sets and argue about both
            Weekly form checks from qualified coaches, judgement-free
            Meal prep swaps, macro questions and bulking recipes
            Meet calendars, kit checks and a lift home after weigh-ins
            Early risers who train before the office opens
            """
        ),
        lines(
            """
            {first} Lifts
            The Iron Report
            Barbell Diaries of {first} {last}
            Kilos and Coffee
            Squat Rack Sermons
            Pull Heavy Podcast
            {last} Strength Coaching
            Under the Bar with {first}
            Plates and Protein
            The Gainz Almanac
            Chalk Dust Chronicles
            """
        ),
        lines(
            """
            [Strength|Hypertrophy] [programmes|tutorials] and [form checks|nutrition tips]
            [Coach|Competitive lifter] sharing [training|meet days]
            Physiotherapist explaining how to train around niggles
            British record holder documenting the road to nationals
            Free beginner templates and honest supplement reviews
            Sports scientist translating research into gym advice
            Mum of two who started deadlifting at forty-five
            Budget meal prep for people who eat a lot of rice
            Olympic weightlifting coach breaking down technique frame by frame
            Garage gym builds, kit reviews and second-hand bargains
            """
        ),
        ("trail_running", "climbing", "yoga_mindfulness"),
    ),
    SocialTopic(
        "travel_backpacking",
        "Travel and backpacking",
        "Lifestyle",
        0.2,
        lines(
            """
            passport always packed
            40 countries and counting
            slow travel, long trains
            hostel veteran
            will trade sleep for a sunrise
            """
        ),
        lines(
            """
            Night train [from|to] {city}: [worth it|survival guide]
            [Two weeks|A month] in {country} [on a budget|by rail]: itinerary
            Cheapest backpacker insurance for a gap year?
            Lost luggage saga, day [three|five]
            [Hidden|Favourite] cove reachable only by longtail boat
            Dorm etiquette rant
            Overland border crossing into {country}
            Interrail pass: honest review
            Jet lag [hacks|cure] after long haul
            Couchsurfing as a first-timer, hosts were legends
            Visa run to the nearest frontier: horror stories
            Sunrise trek to the [volcano|temple ruins]
            Scammed by a tuk-tuk driver, lessons learnt
            Packing cubes: game changer or gimmick?
            Sleeper bus [nightmare|adventure]
            Working remotely from a beach hut
            Six months around Southeast Asia on [£3,000|a shoestring]
            Local SIM or eSIM abroad?
            Hitchhiking across the Balkans, mostly safely
            Island hopping by ferry in {month}
            Monsoon season in {country}: go or avoid?
            Layover in {city}: explore or nap?
            [Northern Lights|Inca Trail] [ticked off|booked]
            Solo departure nerves
            Street food crawl around {city}
            Homesick in a guesthouse in the middle of nowhere
            """
        ),
        lines(
            """
            [Spent|Averaged] [€35|€50] a day including beds and buses
            [The local markets were|Roadside stalls were] [the highlight|life-changing]
            [Carry-on only|One bag] for [three weeks|a month] and [no regrets|barely managed]
            [Ask me|Happy to share] anything about the route
            Blisters from flip-flops, a sunburnt neck and zero complaints
            Met a Dutch couple on the platform and we ended up sharing taxis for days
            Passport stamps collected: [four|six] so far
            Currency conversion still breaks my brain
            The bunk above me snored like a chainsaw all night
            Our host grandmother fed us breakfast every morning
            Offline maps failed, so it was paper and pointing
            The window seat view over the [mountains|paddy fields] was worth the cramp
            Learnt [ten|twenty] words of the language and people lit up
            Laundry done in a hostel sink with shampoo, as is tradition
            Booked nothing in advance and it somehow worked out
            The minivan broke down twice and nobody seemed surprised
            Haggling is exhausting but the vendors clearly enjoyed it
            Slept on airport benches more than once, not recommended
            Mosquito repellent is [my new perfume|non-negotiable out here]
            Woke before dawn to watch fog lift over the valley
            Insurance actually paid out, miracles happen
            Spreadsheet in tatters but the memories are priceless
            Tip: always carry [small change|loose coins] and toilet roll
            Strangers in the common room became friends by midnight
            Wearing the same [three|two] T-shirts on rotation since leaving home
            """
        ),
        lines(
            """
            [Backpackers|Slow Travel] Network
            [Solo Travellers|Digital Nomads] {city}
            Interrail Veterans
            Women Who Wander
            Gap Year Gang
            Over-50s Off the Beaten Track
            Hostel Hoppers Anonymous
            {city} Globetrotters Meetup
            Cheap Flights and Bad Decisions
            Overland Route Planners
            Vanlife Europe
            """
        ),
        lines(
            """
            [Trip planning|Itinerary swaps] and [travel buddies|meet-ups abroad]
            Share [tips|stories|cheap routes] from the road
            Women swapping safety advice and hostel recommendations worldwide
            Post your error fares and flash sales the moment they drop
            For anyone crossing continents without setting foot on a plane
            Campervan conversions, free aires and wild camping spots
            Monthly pub nights for returning gappers and wannabe wanderers
            Laptop lifers comparing coworking spaces, visas and wifi speeds
            Retired explorers proving adventure has no age limit
            Ask about visas, border rules and vaccinations before you go
            Rail passes, sleeper cabins and timetable puzzles solved together
            """
        ),
        lines(
            """
            {first} Wanders
            The Boarding Pass Journal
            Rucksack Ramblings
            Around {country} on Eighty Quid
            Passport Full Podcast
            {first} and {last} Go Somewhere
            Slow Boat Diaries
            One Bag, Many Borders
            Lost in Transit
            Nomad Notes by {first}
            The Long Layover
            """
        ),
        lines(
            """
            [Travel vlogs|City guides] and [budget tips|rail adventures]
            [Travel writer|Nomad] sharing [itineraries|stories]
            Couple who sold everything to live out of a camper
            Former teacher on a three-year overland loop of the world
            Solo female explorer writing honest guides for first-timers
            Spreadsheets, points hacks and flights for under fifty pounds
            Weekly episodes with guests fresh back from {country}
            Photographer documenting villages far from the tourist trail
            Wheelchair user reviewing accessible hostels and transport
            Retired postman ticking off every capital in Europe
            """
        ),
        ("photography", "hiking_wild", "cycling"),
    ),
    SocialTopic(
        "football_fans",
        "Football fans",
        "Sport & Fitness",
        0.3,
        lines(
            """
            season ticket holder since '09
            Saturday 3pm is sacred
            lives and dies by the weekend result
            Sunday league centre-back
            fantasy league champion (once)
            """
        ),
        lines(
            """
            [What a|Unreal] [comeback|derby] [today|last night]!
            Transfer [rumours|gossip] thread
            Away day at {city} recap
            Fantasy picks for gameweek [12|30]
            VAR howler [again|ruined it]
            Sack the manager: [yes|no]?
            New kit leaked and it's [horrendous|gorgeous]
            Relegation six-pointer on [Saturday|Tuesday night]
            Cup draw reactions
            Our [left-back|number nine] is [criminally underrated|finished]
            Deadline day panic buys
            Clean sheet at last!
            Penalty shootout [heartbreak|glory]
            Season ticket prices up [again|ten per cent]
            Five-a-side [injury|hat-trick] report
            Academy wonderkid handed his debut
            Pre-season friendly in {country}
            Offside rule explained to my nan
            Promotion push starts here
            Worst pie in the league?
            Women's side selling out the stadium
            Ninety-fifth minute [winner|equaliser]!
            Pundits clueless about our [midfield|back four]
            Three points, [top|bottom] of the table
            Sunday league [kickoff|fixture] abandoned, waterlogged pitch
            European nights under the lights
            """
        ),
        lines(
            """
            [Ninety|Ninety-four] minutes of [pain|joy] and [a late winner|a last-gasp strike]
            [Singing|Voice] [gone|lost] after the second half
            [Starting eleven|Formation] needs a shake-up
            [Up the|Come on] [lads|girls], we go again!
            Terrace was bouncing, scarves twirling everywhere
            Linesman had his flag up for a phantom foul
            Gaffer has lost the dressing room, simple as
            Bovril at half-time and still frozen to the bone
            Rain-soaked coach trip home but worth every mile
            Our keeper pulled off an absolute worldie of a save
            Playing out from the back is giving me palpitations
            Possession stats mean nothing if you can't finish
            Took the kids to their first [match|game] and they're hooked
            Watched it through my fingers from the [sofa|pub]
            High press fell apart after the break
            That tackle deserved a straight red, no debate
            My [dad|grandad] first brought me to this ground forty years ago
            Group chat is in meltdown already
            Injury list longer than the bench at this point
            Chants about the [chairman|owner] getting louder every week
            Knees gone after playing on [3G|astroturf] at [thirty-five|forty]
            Tactically naive, but the passion was there
            Nil-nil, dreadful spectacle, the journey home was silent
            Stoppage time is our speciality, apparently
            Scouting reports on the new signing look [promising|dodgy]
            """
        ),
        lines(
            """
            {city} [Supporters|Fans] Club
            [Five-a-side|Sunday League] Players
            Away Day Travellers
            {city} Women's Football Network
            Fantasy League Nerds
            Tactics Geeks United
            Groundhoppers of {country}
            Non-League Matters
            Retro Shirt Collectors
            Walking Football {city}
            Exiles in {country} Supporters Branch
            """
        ),
        lines(
            """
            [Match threads|Away travel] and [ticket swaps|five-a-side games]
            For [fans|players] who [live for|never miss] the weekend
            Coach bookings and pub stops for every away fixture
            Slow-paced games for over-fifties, no running allowed
            Heat maps, pressing triggers and endless debates about inverted full-backs
            Visiting every ground in the pyramid, one programme at a time
            Vintage jerseys bought, sold and lovingly argued over
            Watching parties abroad whenever the lads are on telly
            Mini-leagues, captain picks and wildcard panic
            Celebrating the women's game from grassroots to internationals
            Looking for a keeper most Thursdays, shin pads essential
            """
        ),
        lines(
            """
            {first} Talks Tactics
            The Half-Time Show
            Terrace Talk with {first} {last}
            Offside Trap Podcast
            The False Nine
            Ninety Minutes Plus
            {last} on the Touchline
            Stoppage Time Pod
            Mud and Studs
            The Dugout Diaries
            Groundhop Journal
            """
        ),
        lines(
            """
            [Match reactions|Tactics breakdowns] and [transfer talk|fan interviews]
            [Former player|Pundit] sharing [analysis|stories from the dressing room]
            Season ticket holder ranting after every final whistle
            Data nerd turning expected goals into plain English
            Grassroots coach posting drills for under-tens
            Travelling to every stadium in {country} and rating the pies
            Weekly fan podcast with guests from rival terraces
            Kit historian sharing shirts from the eighties and nineties
            Referee explaining the laws of the game without the shouting
            Fantasy league veteran sharing captaincy picks every Friday
            """
        ),
        ("video_games", "weightlifting"),
    ),
)

SOCIAL_BIO_JOBS = lines(
    """
    nurse
    primary school teacher
    software engineer by day
    student
    accountant, sadly
    civil engineer
    freelance designer
    product manager
    retired and loving it
    """
)
SOCIAL_BIO_EXTRAS = lines(
    """
    based in {city}
    {city} born and bred
    she/her
    he/him
    they/them
    opinions my own
    always learning
    work hard, be kind
    just here for the memes
    living my best life
    aspiring everything
    """
)
SOCIAL_BIO_JOINERS = (" | ", " · ", ". ", ", ", " / ")
SOCIAL_MEDIA_TAGS = ("(photos)", "(video)", "(thread)")
