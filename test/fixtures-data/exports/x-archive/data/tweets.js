window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1780000000000000001" ], "editableUntil" : "2024-04-10T10:00:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/AbC123xyZ", "expanded_url" : "https://www.riverside.gov.uk/bins", "display_url" : "riverside.gov.uk/bins", "indices" : [ "52", "75" ] } ] },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "12",
      "id_str" : "1780000000000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1780000000000000001",
      "created_at" : "Wed Apr 10 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Bins are collected as usual on Monday. Details: https://t.co/AbC123xyZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "A Resident", "screen_name" : "aresident", "indices" : [ "0", "10" ], "id_str" : "42", "id" : "42" } ], "urls" : [ ] },
      "id_str" : "1780000000000000002",
      "in_reply_to_status_id_str" : "1779999999999999999",
      "in_reply_to_user_id_str" : "42",
      "in_reply_to_screen_name" : "aresident",
      "id" : "1780000000000000002",
      "created_at" : "Thu Apr 11 14:30:00 +0000 2024",
      "full_text" : "@aresident Sorry about that. Our officer Jane will call you on 07911 123456 today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ], "media" : [ { "type" : "photo", "media_url_https" : "https://pbs.twimg.com/media/abc.jpg", "id_str" : "77" } ] },
      "extended_entities" : { "media" : [ { "type" : "photo", "media_url_https" : "https://pbs.twimg.com/media/abc.jpg", "id_str" : "77" } ] },
      "id_str" : "1780000000000000003",
      "id" : "1780000000000000003",
      "created_at" : "Fri Apr 26 08:15:00 +0000 2024",
      "full_text" : "Come and meet Councillor Dave Patel, who is standing for re-election, at the library on Saturday.",
      "lang" : "en"
    }
  }
]
